import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { API_BASE } from '../api/client';
import { connectivity } from '../api/connectivity';
import { useI18n } from '../i18n/I18nProvider';

const CHECK_EVERY_MS = 5_000;

/**
 * A banner while the api cannot be reached (or its database is down), checking /ready until it
 * answers, then refetching what the page shows. The rest of the page stays usable for reading.
 */
export function ApiStatusBanner() {
  const { t } = useI18n();
  const outage = useSyncExternalStore(connectivity.subscribe, connectivity.get);
  const client = useQueryClient();
  const [checking, setChecking] = useState(false);

  const check = useCallback(async () => {
    setChecking(true);
    try {
      const response = await fetch(`${API_BASE}/ready`, { cache: 'no-store' });
      if (response.ok) {
        connectivity.report(undefined);
        await client.refetchQueries({ type: 'active' });
      }
    } catch {
      // still down: the banner stays
    } finally {
      setChecking(false);
    }
  }, [client]);

  useEffect(() => {
    if (!outage) return;
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
    };
  }, [outage, check]);

  if (!outage) return null;
  return (
    <div className="banner banner-error" role="alert">
      <div>
        <p className="banner-title">
          {outage === 'database' ? t.apiDown.database : t.apiDown.unreachable}
        </p>
        <p>{t.apiDown.text}</p>
      </div>
      <button type="button" className="button" disabled={checking} onClick={() => void check()}>
        {checking ? t.apiDown.retrying : t.apiDown.retry}
      </button>
    </div>
  );
}

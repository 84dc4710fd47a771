import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ageInWords, durationInWords } from './format';
import type { Latest } from './prices.types';

/**
 * Whether the newest quote is fresh (within two schedule intervals, as the api decides), with
 * its age in words, kept current between refreshes from the age the api measured.
 */
export function FreshnessBadge({ latest, fetchedAt }: { latest: Latest; fetchedAt: number }) {
  const { t, locale } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 15_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const age = latest.age_seconds + Math.max(0, now - fetchedAt) / 1000;
  const words = ageInWords(age, locale);
  return (
    <p
      className={`badge ${latest.stale ? 'badge-warning' : 'badge-ok'}`}
      data-testid="freshness"
      data-stale={latest.stale}
      title={
        latest.stale
          ? t.dashboard.staleHint(durationInWords(latest.interval_seconds, locale))
          : undefined
      }
    >
      <span aria-hidden="true">{latest.stale ? '⚠ ' : '● '}</span>
      {latest.stale ? t.dashboard.stale(words) : t.dashboard.fresh(words)}
    </p>
  );
}

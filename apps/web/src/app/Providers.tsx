import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError, isOutage } from '../api/errors';
import { TokenProvider } from '../auth/TokenProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { ToastProvider } from '../ui/Toasts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // An outage shows the banner, which retries on its own; a 4xx will not change by asking
        // again. Anything else (a 500) gets one more try.
        retry: (failures, error) =>
          failures < 1 && !isOutage(error) && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
}

/** Everything a page needs around it; tests wrap components in the same. */
export function Providers({
  children,
  locale,
  client,
}: {
  children: ReactNode;
  locale?: Locale;
  client?: QueryClient;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider {...(locale ? { locale } : {})}>
        <ToastProvider>
          <TokenProvider>{children}</TokenProvider>
        </ToastProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

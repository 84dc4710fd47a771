import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ListQuery } from '../api/types';
import { getProduct, listProducts } from './products.api';

export const productKeys = {
  all: ['products'] as const,
  list: (query: ListQuery) => ['products', 'list', query] as const,
  one: (id: number) => ['products', 'one', id] as const,
};

/** A page of products; the previous page stays on screen while the next one loads. */
export const useProductPage = (query: ListQuery) =>
  useQuery({
    queryKey: productKeys.list(query),
    queryFn: ({ signal }) => listProducts(query, signal),
    placeholderData: keepPreviousData,
  });

/**
 * Reads the next page (by its cursor) while this one is being looked at, so Next shows it at
 * once: paging through a large catalog then never waits on the network.
 */
export function usePrefetchNext(query: ListQuery, next: string | undefined): void {
  const client = useQueryClient();
  useEffect(() => {
    if (next === undefined) return;
    const following: ListQuery = { ...query, cursor: next };
    delete following.offset;
    // A failed read ahead is no failure of this page: Next will read the page again.
    client
      .query({
        queryKey: productKeys.list(following),
        queryFn: ({ signal }) => listProducts(following, signal),
      })
      .catch(() => undefined);
  }, [client, query, next]);
}

export const useProduct = (id: number) =>
  useQuery({
    queryKey: productKeys.one(id),
    queryFn: ({ signal }) => getProduct(id, signal),
    // Read afresh at each visit of the form (no copy kept once it closes), then left alone while
    // it is open: a background refetch would reset what the person is typing.
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** After a write: every list may have changed (counts, order), so all of them refetch. */
export function useInvalidateProducts(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: productKeys.all }), [client]);
}

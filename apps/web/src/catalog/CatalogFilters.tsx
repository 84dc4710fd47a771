import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { parseMoney } from '../i18n/money';
import type { Locale } from '../i18n/locale';
import { MoneyInput } from '../ui/MoneyInput';
import { CATEGORIES } from './categories';
import { hasFilters } from './catalog-url';
import type { CatalogStateHandle } from './use-catalog-state';
import { useDebouncedCommit } from './use-debounced-commit';
import type { Categoria } from '../api/types';

/** A typed bound: undefined when empty, null when it is not an amount yet. */
function bound(text: string, locale: Locale): number | undefined | null {
  const parsed = parseMoney(text, locale);
  if (!parsed.ok) return parsed.reason === 'empty' ? undefined : null;
  return parsed.decimals <= 2 ? parsed.value : null;
}

export function CatalogFilters({
  state,
  update,
  onClear,
}: Pick<CatalogStateHandle, 'state' | 'update'> & { onClear: () => void }) {
  const { t, locale, format, categoryLabel } = useI18n();
  const search = useDebouncedCommit(
    state.q,
    (text) => {
      update({ q: text.trim() }, { replace: true });
    },
    (text, committed) => text.trim() === committed,
  );
  const shown = (value: number | undefined) =>
    value === undefined ? '' : format.moneyInput(value);
  // The two bounds apply together, and only as a valid range: a half-typed range changes nothing.
  const prices = useRef({ min: '', max: '' });
  const commitPrices = () => {
    const priceMin = bound(prices.current.min, locale);
    const priceMax = bound(prices.current.max, locale);
    if (priceMin === null || priceMax === null) return;
    if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) return;
    update({ priceMin, priceMax }, { replace: true });
  };
  const sameAmount = (text: string, committed: string) =>
    bound(text, locale) === bound(committed, locale);
  const min = useDebouncedCommit(shown(state.priceMin), commitPrices, sameAmount);
  const max = useDebouncedCommit(shown(state.priceMax), commitPrices, sameAmount);
  useLayoutEffect(() => {
    prices.current = { min: min.text, max: max.text };
  });
  const minValue = bound(min.text, locale);
  const maxValue = bound(max.text, locale);
  const rangeInvalid =
    typeof minValue === 'number' && typeof maxValue === 'number' && minValue > maxValue;

  return (
    <form
      className="filters"
      role="search"
      aria-label={t.catalog.filters}
      onSubmit={(event) => {
        event.preventDefault();
        search.flush();
        if (!rangeInvalid) {
          min.flush();
          max.flush();
        }
      }}
    >
      <div className="filter filter-search">
        <label htmlFor="filter-q">{t.catalog.search}</label>
        <input
          id="filter-q"
          type="search"
          value={search.text}
          placeholder={t.catalog.searchPlaceholder}
          maxLength={200}
          onChange={(event) => {
            search.setText(event.target.value);
          }}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-categoria">{t.catalog.category}</label>
        <select
          id="filter-categoria"
          value={state.categoria ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            update({ categoria: value === '' ? undefined : (value as Categoria) });
          }}
        >
          <option value="">{t.catalog.allCategories}</option>
          {CATEGORIES.map((name) => (
            <option key={name} value={name}>
              {categoryLabel(name)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter-price">
        <label htmlFor="filter-price-min">{t.catalog.priceMin}</label>
        <MoneyInput
          id="filter-price-min"
          value={min.text}
          onChange={min.setText}
          aria-invalid={minValue === null || rangeInvalid ? true : undefined}
          aria-describedby={rangeInvalid ? 'filter-price-error' : undefined}
        />
      </div>
      <div className="filter filter-price">
        <label htmlFor="filter-price-max">{t.catalog.priceMax}</label>
        <MoneyInput
          id="filter-price-max"
          value={max.text}
          onChange={max.setText}
          aria-invalid={maxValue === null || rangeInvalid ? true : undefined}
          aria-describedby={rangeInvalid ? 'filter-price-error' : undefined}
        />
      </div>
      {hasFilters(state) ? (
        <button type="button" className="button button-quiet filter-clear" onClick={onClear}>
          {t.catalog.clearFilters}
        </button>
      ) : null}
      {rangeInvalid ? (
        <p id="filter-price-error" className="field-error filter-error" role="alert">
          {t.catalog.priceRangeInvalid}
        </p>
      ) : null}
      {/* Enter in any field applies the filters at once. */}
      <button type="submit" hidden />
    </form>
  );
}

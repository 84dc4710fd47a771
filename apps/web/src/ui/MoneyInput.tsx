import type { InputHTMLAttributes } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { parseMoney } from '../i18n/money';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * An amount in reais, typed as text in the person's language ("1.899,90" or "1,899.90") and
 * tidied to that form when the field is left. The R$ sign is decoration: the label says it.
 */
export function MoneyInput({ value, onChange, onBlur, className, ...rest }: Props) {
  const { locale, format } = useI18n();
  return (
    <div className={`money-input ${className ?? ''}`}>
      <span className="money-prefix" aria-hidden="true">
        R$
      </span>
      <input
        {...rest}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onBlur={(event) => {
          const parsed = parseMoney(value, locale);
          if (parsed.ok && parsed.decimals <= 2) onChange(format.moneyInput(parsed.value));
          onBlur?.(event);
        }}
      />
    </div>
  );
}

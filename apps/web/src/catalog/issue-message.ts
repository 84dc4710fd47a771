import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages.en';
import type { Issue } from './product-validation';

/** The words for a validation issue, numbers and amounts written for the locale. */
export function issueMessage(issue: Issue, t: Messages, format: Formats): string {
  const v = t.validation;
  switch (issue.code) {
    case 'required':
      return v.required;
    case 'blank':
      return v.blank;
    case 'tooLong':
      return v.tooLong(format.number(issue.max));
    case 'priceFormat':
      return v.priceFormat(format.moneyInput(1899.9));
    case 'priceMin':
      return v.priceMin(format.money(issue.min));
    case 'priceMax':
      return v.priceMax(format.money(issue.max));
    case 'decimals':
      return v.decimals(format.number(issue.places));
    case 'category':
      return v.category;
    case 'email':
      return v.email;
  }
}

import { productRules } from '../api/rules.generated';
import type { Categoria } from '../api/types';

/**
 * The categories, from the api's schema: the api accepts exactly these (the same five names as
 * the `categories` table), so the form and the filter need no request to list them.
 */
export const CATEGORIES: readonly Categoria[] = productRules.categoria.enum;

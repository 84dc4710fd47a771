import type { operations } from './openapi.generated';

/** Types of the api, named: all derived from the generated OpenAPI types, never written twice. */
export type Product = operations['getProduct']['responses'][200]['content']['application/json'];
export type ProductCreate = NonNullable<
  operations['createProduct']['requestBody']
>['content']['application/json'];
export type ProductPatch = NonNullable<
  operations['patchProduct']['requestBody']
>['content']['application/json'];
export type ListQuery = NonNullable<operations['listProducts']['parameters']['query']>;
export type ExportQuery = NonNullable<operations['exportProducts']['parameters']['query']>;
export type ImportReport =
  operations['importProducts']['responses'][200]['content']['application/json'];
export type ImportMode = NonNullable<
  NonNullable<operations['importProducts']['parameters']['query']>['mode']
>;
export type Category =
  operations['listCategories']['responses'][200]['content']['application/json'][number];
export type Problem =
  operations['getProduct']['responses'][404]['content']['application/problem+json'];
export type Categoria = Product['categoria'];

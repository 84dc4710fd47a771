// Types of the cais api (openapi-typescript).
// Generated from the api's OpenAPI document by `npm run generate -w apps/web`: do not edit.

export interface paths {
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the categories */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description A page of products as a JSON array, filtered, searched and sorted. The total goes in `X-Total-Count` and `Content-Range`, links to other pages in `Link`.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Answers 201 with the new product (the original service answered 200). With an `Idempotency-Key`, a retry of the same request replays the first response instead of creating a duplicate.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product */
        get: operations["getProduct"];
        /**
         * Update a product (partial, as the original service)
         * @description Changes the fields sent; absent or null fields keep their value.
         */
        put: operations["updateProduct"];
        post?: never;
        /**
         * Delete a product
         * @description Answers 200 with the deleted product, as the original service.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Patch a product (JSON merge patch)
         * @description Changes the fields sent, as `application/json` or `application/merge-patch+json`; `description: null` clears the description.
         */
        patch: operations["patchProduct"];
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and migrated */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1 */
                        id: number;
                        /** @example Eletrônico */
                        name: string;
                    }[];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where the data lives
                         * @example PGlite in /app/data/pglite
                         */
                        database?: string;
                        /** @example ok */
                        status: string;
                    };
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description One of the catalog categories (see GET /categories)
                 * @example Eletrônico
                 */
                categoria?: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                /** @description Page size (1 to 500) */
                limit?: number;
                /** @description Products to skip */
                offset?: number;
                /** @description Highest price, inclusive */
                price_max?: number;
                /** @description Lowest price, inclusive */
                price_min?: number;
                /**
                 * @description Text searched in name and description (case-insensitive)
                 * @example geladeira
                 */
                q?: string;
                /**
                 * @description Comma-separated fields, `-` for descending: id, name, price, categoria, created_at, updated_at. Default `id`. Ties are broken by id, in the direction of the first field.
                 * @example price,-created_at
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    /** @description For example `items 0-49/1234` */
                    "Content-Range"?: string;
                    /** @description first, prev, next and last pages (RFC 8288) */
                    Link?: string;
                    /** @description Products matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    }[];
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key of this create request (for example a UUID), kept 24 hours */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new product. Unknown fields are ignored, as by the original service. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description One of the catalog categories (see GET /categories)
                     * @example Eletrônico
                     * @enum {string}
                     */
                    categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    /**
                     * Format: email
                     * @description Supplier's email address
                     * @example vendas@fornecedor.com.br
                     */
                    email_fornecedor: string;
                    /**
                     * @description Product name, 1 to 200 characters
                     * @example Smartphone Galaxy A55 128 GB
                     */
                    name: string;
                    /**
                     * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                     * @example 1899.9
                     */
                    price: number;
                };
            };
        };
        responses: {
            /** @description The created product */
            201: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    /** @description `true` when this is the replay of an earlier response */
                    "Idempotent-Replayed"?: string;
                    /** @description URL of the new product */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description API_TOKEN is set and the request has no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified since the ETag in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        /** @description Fields to change; absent or null fields keep their value (the original service's partial PUT). */
        requestBody: {
            content: {
                "application/json": {
                    categoria?: ("Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados") | null;
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    email_fornecedor?: string | null;
                    name?: string | null;
                    price?: number | null;
                };
            };
        };
        responses: {
            /** @description The updated product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description API_TOKEN is set and the request has no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description API_TOKEN is set and the request has no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    patchProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        /** @description Fields to change (JSON merge patch); `description: null` clears the description. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description One of the catalog categories (see GET /categories)
                     * @example Eletrônico
                     * @enum {string}
                     */
                    categoria?: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    /**
                     * Format: email
                     * @description Supplier's email address
                     * @example vendas@fornecedor.com.br
                     */
                    email_fornecedor?: string;
                    /**
                     * @description Product name, 1 to 200 characters
                     * @example Smartphone Galaxy A55 128 GB
                     */
                    name?: string;
                    /**
                     * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                     * @example 1899.9
                     */
                    price?: number;
                };
            };
        };
        responses: {
            /** @description The updated product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description API_TOKEN is set and the request has no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where the data lives
                         * @example PGlite in /app/data/pglite
                         */
                        database?: string;
                        /** @example ok */
                        status: string;
                    };
                };
            };
            /** @description The database is unreachable or not migrated */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
}

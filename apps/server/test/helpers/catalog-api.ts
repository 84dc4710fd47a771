import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { validProduct } from './app.js';

/** A product as the API answers it. */
export type Product = typeof validProduct & { id: number; created_at: string; updated_at: string };

/** Creates a product through the API (the valid one, with `overrides`), expecting 201. */
export async function createProduct(
  app: FastifyInstance,
  overrides: Partial<typeof validProduct> = {},
): Promise<Product> {
  const response = await app.inject({
    method: 'POST',
    url: '/products/',
    payload: { ...validProduct, ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Product>();
}

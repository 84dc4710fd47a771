import { describe, expect, it } from 'vitest';
import type { Product } from '../src/api/types';
import {
  toCreateBody,
  toPatchBody,
  validateProduct,
  type ProductFormValues,
} from '../src/catalog/product-validation';

const valid: ProductFormValues = {
  name: 'Geladeira Frost Free 400 L',
  description: 'Duas portas, inox',
  price: '3.899,90',
  categoria: 'Eletrodoméstico',
  email_fornecedor: 'vendas@fornecedor.com.br',
};

const product: Product = {
  id: 7,
  name: valid.name,
  description: valid.description,
  price: 3899.9,
  categoria: 'Eletrodoméstico',
  email_fornecedor: valid.email_fornecedor,
  created_at: '2026-01-02T03:04:05.000Z',
  updated_at: '2026-01-02T03:04:05.000Z',
};

describe('product validation (the api rules, from its OpenAPI schema)', () => {
  it('accepts a valid product', () => {
    expect(validateProduct(valid, 'pt-BR')).toEqual({});
  });

  it('requires name, price, category and supplier email, not the description', () => {
    const issues = validateProduct(
      { name: '', description: '', price: '', categoria: '', email_fornecedor: '' },
      'en',
    );
    expect(issues).toEqual({
      name: { code: 'required' },
      price: { code: 'required' },
      categoria: { code: 'required' },
      email_fornecedor: { code: 'required' },
    });
  });

  it('limits the name to 200 characters and the description to 5,000', () => {
    expect(validateProduct({ ...valid, name: 'x'.repeat(200) }, 'en').name).toBeUndefined();
    expect(validateProduct({ ...valid, name: 'x'.repeat(201) }, 'en').name).toEqual({
      code: 'tooLong',
      max: 200,
    });
    // Characters, not UTF-16 units: 200 emoji are 200 characters for the api too.
    expect(validateProduct({ ...valid, name: '📦'.repeat(200) }, 'en').name).toBeUndefined();
    expect(validateProduct({ ...valid, description: 'x'.repeat(5001) }, 'en').description).toEqual({
      code: 'tooLong',
      max: 5000,
    });
  });

  it('treats a name of spaces as missing', () => {
    expect(validateProduct({ ...valid, name: '   ' }, 'en').name).toEqual({ code: 'required' });
  });

  it('wants a price above zero, at most two decimals, within numeric(12,2)', () => {
    const price = (text: string) => validateProduct({ ...valid, price: text }, 'pt-BR').price;
    expect(price('0')).toEqual({ code: 'priceMin', min: 0 });
    expect(price('0,00')).toEqual({ code: 'priceMin', min: 0 });
    expect(price('0,01')).toBeUndefined();
    expect(price('10.000.000.000,00')).toEqual({ code: 'priceMax', max: 9999999999.99 });
    expect(price('9.999.999.999,99')).toBeUndefined();
    expect(price('19,999')).toEqual({ code: 'decimals', places: 2 });
    expect(price('19.999')).toBeUndefined(); // nineteen thousand nine hundred and ninety-nine
    expect(price('19.99.9')).toEqual({ code: 'priceFormat' });
    expect(validateProduct({ ...valid, price: '19.999' }, 'en').price).toEqual({
      code: 'decimals',
      places: 2,
    });
    expect(price('dez reais')).toEqual({ code: 'priceFormat' });
  });

  it('accepts only the five categories', () => {
    expect(validateProduct({ ...valid, categoria: 'Brinquedos' }, 'en').categoria).toEqual({
      code: 'category',
    });
  });

  it('checks the supplier email as the api does', () => {
    const email = (text: string) =>
      validateProduct({ ...valid, email_fornecedor: text }, 'en').email_fornecedor;
    expect(email('vendas@fornecedor')).toEqual({ code: 'email' });
    expect(email('not an email')).toEqual({ code: 'email' });
    expect(email('a@b.co')).toBeUndefined();
    expect(email('  a@b.co  ')).toBeUndefined();
    expect(email(`${'a'.repeat(250)}@b.co`)).toEqual({ code: 'tooLong', max: 254 });
  });

  it('sends the typed values as the api wants them', () => {
    expect(toCreateBody({ ...valid, name: ' TV ', email_fornecedor: ' a@b.co ' }, 'pt-BR')).toEqual(
      {
        name: 'TV',
        description: 'Duas portas, inox',
        price: 3899.9,
        categoria: 'Eletrodoméstico',
        email_fornecedor: 'a@b.co',
      },
    );
    expect(toCreateBody({ ...valid, description: '' }, 'pt-BR').description).toBeNull();
  });

  it('patches only what changed, clearing a description with null', () => {
    expect(toPatchBody(valid, product, 'pt-BR')).toEqual({});
    expect(toPatchBody({ ...valid, price: '3.999,00' }, product, 'pt-BR')).toEqual({
      price: 3999,
    });
    expect(toPatchBody({ ...valid, description: '' }, product, 'pt-BR')).toEqual({
      description: null,
    });
  });
});

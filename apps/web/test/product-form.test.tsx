import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProductForm, type ProductFormProps } from '../src/catalog/ProductForm';
import { EMPTY_VALUES, type ProductFormValues } from '../src/catalog/product-validation';
import type { Locale } from '../src/i18n/locale';
import { renderWithProviders } from './render';

function renderForm(props: Partial<ProductFormProps> = {}, locale: Locale = 'en') {
  const onSubmit = vi.fn<(values: ProductFormValues) => void>();
  renderWithProviders(
    <ProductForm
      initial={EMPTY_VALUES}
      submitLabel="Create product"
      serverErrors={{}}
      busy={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
      {...props}
    />,
    locale,
  );
  return { onSubmit, user: userEvent.setup() };
}

/** The error a screen reader announces for a field: the element its aria-describedby names. */
function errorOf(field: HTMLElement): string | undefined {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.classList.contains('field-error'));
  return error?.textContent;
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Name/), 'Cafeteira Italiana');
  await user.type(screen.getByLabelText(/^Price/), '1,234.5');
  await user.selectOptions(screen.getByLabelText(/^Category/), 'Eletrodoméstico');
  await user.type(screen.getByLabelText(/^Supplier email/), 'vendas@cafe.com.br');
}

describe('product form', () => {
  it('labels every field', () => {
    renderForm();
    for (const label of [/^Name/, /^Description/, /^Price/, /^Category/, /^Supplier email/]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
  });

  it('shows what is missing next to each field and focuses the first one, sending nothing', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Create product' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByLabelText(/^Name/);
    expect(errorOf(name)).toBe('Required');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(screen.getByLabelText(/^Price/))).toBe('Required');
    expect(errorOf(screen.getByLabelText(/^Category/))).toBe('Required');
    expect(errorOf(screen.getByLabelText(/^Supplier email/))).toBe('Required');
    expect(errorOf(screen.getByLabelText(/^Description/))).toBeUndefined();
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('alert').textContent).toMatch(/need attention/);
  });

  it('checks a field when it is left', async () => {
    const { user } = renderForm();
    const price = screen.getByLabelText(/^Price/);
    await user.type(price, '0');
    await user.tab();
    expect(errorOf(price)).toBe('Must be more than R$0.00');
    await user.clear(price);
    await user.type(price, '12.345');
    await user.tab();
    expect(errorOf(price)).toBe('At most 2 decimal places');
    const email = screen.getByLabelText(/^Supplier email/);
    await user.type(email, 'vendas@');
    await user.tab();
    expect(errorOf(email)).toMatch(/valid email address/);
  });

  it('sends valid values, the price tidied to money', async () => {
    const { onSubmit, user } = renderForm();
    await fillValid(user);
    expect(screen.getByLabelText<HTMLInputElement>(/^Price/).value).toBe('1,234.50');
    await user.click(screen.getByRole('button', { name: 'Create product' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Cafeteira Italiana',
      description: '',
      price: '1,234.50',
      categoria: 'Eletrodoméstico',
      email_fornecedor: 'vendas@cafe.com.br',
    });
  });

  it("shows the api's field errors next to their fields until they are edited", async () => {
    const { user } = renderForm({
      serverErrors: { email_fornecedor: 'must be a valid email address', price: 'too cheap' },
    });
    const email = screen.getByLabelText(/^Supplier email/);
    expect(errorOf(email)).toBe('Must be a valid email address');
    expect(errorOf(screen.getByLabelText(/^Price/))).toBe('Too cheap');
    expect(screen.getByRole('alert').textContent).toMatch(/did not accept/);
    await user.type(email, 'x');
    expect(errorOf(email)).toBeUndefined();
    expect(errorOf(screen.getByLabelText(/^Price/))).toBe('Too cheap');
  });

  it('speaks Portuguese, with Brazilian money', async () => {
    const { onSubmit, user } = renderForm({ submitLabel: 'Cadastrar' }, 'pt-BR');
    const price = screen.getByLabelText(/^Preço/);
    await user.type(price, '1234,5');
    await user.tab();
    expect((price as HTMLInputElement).value).toBe('1.234,50');
    await user.click(screen.getByRole('button', { name: 'Cadastrar' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorOf(screen.getByLabelText(/^Nome/))).toBe('Obrigatório');
    const category = screen.getByLabelText(/^Categoria/);
    expect(within(category).getByRole('option', { name: 'Móveis' })).toBeTruthy();
  });
});

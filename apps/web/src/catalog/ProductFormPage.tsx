import { LoadFailed } from '../ui/LoadFailed';
import { useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useLocation } from '../router/history';
import { Link } from '../router/Link';
import { useNotify } from '../ui/Toasts';
import { HistoryPanel } from '../history/HistoryPanel';
import { usePermissions } from '../team/session';
import { returnToCatalog } from './CatalogPage';
import { DeleteDialog } from './DeleteDialog';
import { ProductForm } from './ProductForm';
import {
  createProduct,
  newIdempotencyKey,
  patchProduct,
  type VersionedProduct,
} from './products.api';
import { useInvalidateProducts, useProduct } from './products.queries';
import {
  EMPTY_VALUES,
  toCreateBody,
  toPatchBody,
  valuesOf,
  type ProductFormValues,
} from './product-validation';
import { Loading } from '../ui/Loading';

type Failure =
  { kind: 'fields'; errors: Record<string, string> } | { kind: 'conflict' } | { kind: 'message' };

/** How a failed save is shown: field errors by their fields, a conflict with its reload. */
function failureOf(error: unknown): Failure {
  if (error instanceof ApiError && error.status === 422 && error.problem?.errors?.length) {
    return { kind: 'fields', errors: error.fieldErrors() };
  }
  if (error instanceof ApiError && error.status === 412) return { kind: 'conflict' };
  return { kind: 'message' };
}

function useSave() {
  const write = useWrite();
  const notify = useNotify();
  const invalidate = useInvalidateProducts();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ failure: Failure; error: unknown } | undefined>();
  const save = async (
    send: () => Promise<VersionedProduct>,
    done: (p: VersionedProduct) => string,
  ) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await write(send);
      notify(done(saved));
      await invalidate();
      return saved;
    } catch (error) {
      setFailure({ failure: failureOf(error), error });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, save };
}

function FormNotice({
  failure,
  onReload,
}: {
  failure: ReturnType<typeof useSave>['failure'];
  onReload?: () => void;
}) {
  const { t } = useI18n();
  if (!failure) return null;
  if (failure.failure.kind === 'conflict') {
    return (
      <div className="notice notice-warning" role="alert">
        <p className="notice-title">{t.form.conflictTitle}</p>
        <p>{t.form.conflictText}</p>
        {onReload ? (
          <button type="button" className="button" onClick={onReload}>
            {t.form.reload}
          </button>
        ) : null}
      </div>
    );
  }
  if (failure.failure.kind === 'message') {
    return (
      <p className="notice notice-error" role="alert">
        {t.form.failed(describeError(failure.error, t))}
      </p>
    );
  }
  return null;
}

export function NewProductPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t.form.newTitle);
  const { state } = useLocation();
  const from = (state as { from?: unknown } | null)?.from;
  const { busy, failure, save } = useSave();
  // One key per form: a create retried after the token prompt or a lost answer is replayed.
  const key = useRef(newIdempotencyKey());

  const submit = async (values: ProductFormValues) => {
    const saved = await save(
      () => createProduct(toCreateBody(values, locale), key.current),
      ({ product }) => t.form.created(product.name),
    );
    if (saved) returnToCatalog(from);
  };

  return (
    <section className="page page-narrow" aria-labelledby="page-title">
      <FormHeader title={t.form.newTitle} from={from} />
      <ProductForm
        initial={EMPTY_VALUES}
        submitLabel={t.form.create}
        busy={busy}
        serverErrors={failure?.failure.kind === 'fields' ? failure.failure.errors : {}}
        notice={<FormNotice failure={failure} />}
        onSubmit={(values) => void submit(values)}
        onCancel={() => {
          returnToCatalog(from);
        }}
      />
    </section>
  );
}

export function EditProductPage({ id }: { id: number }) {
  const { t, locale, format } = useI18n();
  const title = t.form.editTitle(format.number(id));
  useDocumentTitle(title);
  const { state } = useLocation();
  const from = (state as { from?: unknown } | null)?.from;
  const loaded = useProduct(id);
  const { busy, failure, setFailure, save } = useSave();
  const notify = useNotify();
  const [deleting, setDeleting] = useState(false);
  const can = usePermissions();

  const reload = async () => {
    setFailure(undefined);
    await loaded.refetch();
  };

  let content;
  if (loaded.isPending) {
    content = <Loading text={t.form.loading} />;
  } else if (loaded.isError) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    content = (
      <LoadFailed
        message={
          missing
            ? t.form.notFound(format.number(id))
            : t.form.loadFailed(describeError(loaded.error, t))
        }
        onRetry={missing ? undefined : () => void loaded.refetch()}
        retryLabel={t.catalog.tryAgain}
      />
    );
  } else {
    const { product, etag } = loaded.data;
    const submit = async (values: ProductFormValues) => {
      const changes = toPatchBody(values, product, locale);
      if (Object.keys(changes).length === 0) {
        notify(t.form.unchanged);
        returnToCatalog(from);
        return;
      }
      const saved = await save(
        () => patchProduct(id, changes, etag),
        ({ product: p }) => t.form.saved(p.name),
      );
      if (saved) returnToCatalog(from);
    };
    content = (
      <>
        <p className="meta">
          {t.form.createdAt(format.dateTime(product.created_at))} ·{' '}
          {t.form.updatedAt(format.dateTime(product.updated_at))}
        </p>
        <ProductForm
          // A reload starts the form again from the version just read.
          key={etag ?? product.updated_at}
          initial={valuesOf(product, format.moneyInput)}
          submitLabel={t.form.save}
          busy={busy}
          serverErrors={failure?.failure.kind === 'fields' ? failure.failure.errors : {}}
          notice={<FormNotice failure={failure} onReload={() => void reload()} />}
          onSubmit={(values) => void submit(values)}
          onCancel={() => {
            returnToCatalog(from);
          }}
          readOnly={!can.edit}
          actions={
            can.edit && (
              <button
                type="button"
                className="button button-danger-quiet push-right"
                onClick={() => {
                  setDeleting(true);
                }}
              >
                {t.form.delete}
              </button>
            )
          }
        />
        {deleting ? (
          <DeleteDialog
            product={product}
            etag={etag}
            onClose={() => {
              setDeleting(false);
            }}
            onDeleted={() => {
              returnToCatalog(from);
            }}
            onConflict={() => {
              setDeleting(false);
              setFailure({ failure: { kind: 'conflict' }, error: undefined });
            }}
          />
        ) : null}
        {can.history ? (
          <HistoryPanel id={id} etag={etag} canRestore={can.edit} onChanged={reload} />
        ) : null}
      </>
    );
  }

  return (
    <section className="page page-narrow" aria-labelledby="page-title">
      <FormHeader title={title} from={from} />
      {content}
    </section>
  );
}

function FormHeader({ title, from }: { title: string; from: unknown }) {
  const { t } = useI18n();
  const back = typeof from === 'string' && from.startsWith('/products') ? from : '/products';
  return (
    <header className="page-header">
      <div>
        <Link to={back} className="back-link">
          ← {t.form.back}
        </Link>
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
      </div>
    </header>
  );
}

import { seedProducts } from '../../catalog/seed.js';
import { openDatabase } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { openMigratedDatabase, type Context } from '../context.js';

export async function migrateCommand({ config, log }: Context): Promise<void> {
  const database = await openDatabase(config.database, log);
  try {
    await migrate(database);
    log.info(`migrations applied: ${database.location}`);
  } finally {
    await database.close();
  }
}

export async function seedCommand(
  context: Context,
  options: { products: number; seed: number },
): Promise<void> {
  const { log } = context;
  const database = await openMigratedDatabase(context);
  const started = performance.now();
  let reported = 0;
  try {
    await seedProducts(database.db, options.products, {
      seed: options.seed,
      onProgress: ({ inserted, total }) => {
        // About ten progress lines, however many products.
        if (inserted === total || inserted - reported >= total / 10) {
          reported = inserted;
          log.info(
            `seeding: ${inserted.toLocaleString('en')} of ${total.toLocaleString('en')} products`,
          );
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    log.info(
      `seeded ${options.products.toLocaleString('en')} products in ${seconds.toFixed(1)} s ` +
        `(${Math.round(options.products / seconds).toLocaleString('en')}/s, --seed ${options.seed})`,
    );
  } finally {
    await database.close();
  }
}

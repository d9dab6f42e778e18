import { createLogger, exitOnFatal } from '@maillage/service-runtime';
import { Cron } from 'croner';
import { readDigestConfig } from './config';
import { sendDigests } from './digest';

/**
 * The weekly digest process. Off (it says so and exits) unless `DIGEST_SMTP_HOST` is set. `--once` sends
 * now and exits (for a platform's scheduler: cron, a Kubernetes CronJob); otherwise it stays up and sends
 * on `DIGEST_SCHEDULE` (Monday 07:00, Paris, by default), never two runs at once.
 */
async function main(): Promise<void> {
  const logger = createLogger({ name: 'digest', level: process.env.LOG_LEVEL ?? 'info' });
  const config = readDigestConfig(process.env);
  if (!config) {
    logger.info('digest off: DIGEST_SMTP_HOST is not set');
    return;
  }
  const run = async () => {
    try {
      logger.info(await sendDigests(config), 'digest sent');
    } catch (error) {
      logger.error({ err: error }, 'digest failed');
      process.exitCode = 1;
    }
  };
  if (process.argv.includes('--once')) return run();
  const job = new Cron(config.schedule, { timezone: config.timezone, protect: true }, run);
  logger.info({ schedule: config.schedule, timezone: config.timezone, next: job.nextRun()?.toISOString() }, 'digest scheduled');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => job.stop());
}

main().catch((error: unknown) => exitOnFatal('digest', undefined, error));

import { readFile } from 'node:fs/promises';
import { createTransport, type Transporter } from 'nodemailer';
import type { DigestConfig } from './config';

/** What the gateway answers for one subscribed facilitator. */
export interface Digest {
  email: string;
  board: {
    on: string;
    paceTolerance: string;
    contractAlerts: { kind: string; explanation: string }[];
    /** Null when the beneficiaries subgraph did not answer (partial result). */
    insertionAlerts: { kind: string; explanation: string }[] | null;
  };
}

/** The one operation the digest runs, as the service account (role admin). */
export const DIGESTS_QUERY = `query AlertDigests($on: LocalDate) {
  alertDigests(on: $on) {
    email
    board { on paceTolerance contractAlerts { kind explanation } insertionAlerts { kind explanation } }
  }
}`;

/** The French name of each kind of alert, in the order the e-mail lists them. */
export const ALERT_KINDS: Readonly<Record<string, string>> = {
  BEHIND_PACE: 'Marchés en retard',
  NOTHING_DECLARED_LAST_MONTH: 'Marchés sans heures déclarées le mois dernier',
  PLACEMENT_ENDING_WITHOUT_OUTCOME: 'Mises en emploi qui se terminent dans les 30 jours sans sortie enregistrée',
  ENDED_BELOW_TARGET: 'Marchés terminés sous leur objectif d’heures',
  SOCIAL_OBLIGATION_MISSED: 'Obligation sociale de 2026 manquée',
};

/** Reads the digests through the gateway; a GraphQL error without data is a failure (nothing is sent). */
export async function fetchDigests(gatewayUrl: string, token: string, on?: string): Promise<Digest[]> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: DIGESTS_QUERY, variables: { on: on ?? null } }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: { alertDigests: Digest[] } | null; errors?: { message: string }[] };
  if (!body.data?.alertDigests) throw new Error(`the gateway answered no digest (HTTP ${response.status}): ${(body.errors ?? []).map((error) => error.message).join('; ')}`);
  return body.data.alertDigests;
}

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

/** The e-mail of one facilitator: French, plain text, the counts per kind then each alert explained. */
export function renderDigest(digest: Digest): { subject: string; text: string } {
  const { board } = digest;
  const alerts = [...board.contractAlerts, ...(board.insertionAlerts ?? [])];
  const lines = [
    'Bonjour,',
    '',
    alerts.length === 0
      ? `Aucune alerte sur les marchés de votre territoire au ${frenchDate(board.on)}.`
      : `Voici ce qui demande votre attention sur les marchés de votre territoire au ${frenchDate(board.on)} (tolérance de retard : ${board.paceTolerance.replace('.', ',')} points).`,
  ];
  if (board.insertionAlerts === null) lines.push('', 'Les alertes des heures et des parcours sont indisponibles pour le moment : elles figureront dans le prochain récapitulatif.');
  for (const [kind, label] of Object.entries(ALERT_KINDS)) {
    const ofKind = alerts.filter((alert) => alert.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `${label} : ${ofKind.length}`, ...ofKind.map((alert) => `- ${alert.explanation}`));
  }
  lines.push('', 'Le détail est sur votre tableau de bord Maillage.', '', 'Ce message est envoyé chaque semaine ; pour ne plus le recevoir, effacez votre adresse dans les réglages de vos alertes.');
  const subject = alerts.length === 0 ? 'Maillage : aucune alerte cette semaine' : `Maillage : ${alerts.length} alerte${alerts.length > 1 ? 's' : ''} cette semaine`;
  return { subject, text: lines.join('\n') };
}

/** The SMTP transport of the configuration (nodemailer). */
export function smtpTransport(config: DigestConfig): Transporter {
  const { host, port, secure, user, password } = config.smtp;
  return createTransport({ host, port, secure, ...(user ? { auth: { user, pass: password ?? '' } } : {}) });
}

/**
 * One run: reads the digests through the gateway with the service account's token, sends one e-mail per
 * facilitator. A failed e-mail does not stop the others; the count of each is returned.
 */
export async function sendDigests(config: DigestConfig, options: { on?: string; transport?: Transporter } = {}): Promise<{ sent: number; failed: number }> {
  const token = (await readFile(config.tokenFile, 'utf8')).trim();
  const digests = await fetchDigests(config.gatewayUrl, token, options.on);
  const transport = options.transport ?? smtpTransport(config);
  let sent = 0;
  let failed = 0;
  for (const digest of digests) {
    const { subject, text } = renderDigest(digest);
    try {
      await transport.sendMail({ from: config.from, to: digest.email, subject, text });
      sent += 1;
    } catch {
      failed += 1;
    }
  }
  return { sent, failed };
}

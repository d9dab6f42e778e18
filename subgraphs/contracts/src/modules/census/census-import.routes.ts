import { BadUserInputError, fileContext, isUuid, NotFoundError } from '@maillage/subgraph-kit';
import { openUpload, readBody } from '@maillage/subgraph-kit/imports';
import express, { type Request, type Response } from 'express';
import type { Loaders } from '../../context';
import { contractsAccess } from '../access/contracts.access';
import { Buyer } from '../buyer/buyer.entity';
import { assessPurchase } from './census.assessment';
import { CENSUS_COLUMNS, CENSUS_MAX_BYTES, censusLinesOf, lineId } from './census-import.lines';
import { assertMayWriteCensus } from './census.service';
import { PlannedPurchase } from './planned-purchase.entity';

type Handler = (req: Request, res: Response) => Promise<void>;
/** Express 5 passes a rejected promise to the error handler (the kit's typed answer). */
const route = (handler: Handler) => handler;

const UPLOAD_LIMIT = { maxBytes: CENSUS_MAX_BYTES, tooLargeMessage: 'Le fichier dépasse 5 Mo : découpez-le (par exemple par année)' };

/** The buyer of `?acheteur=…`, which the viewer must be allowed to write the census of. */
async function readUpload(req: Request) {
  const ctx = fileContext<Loaders>(req);
  const buyerId = String(req.query.acheteur ?? '').toLowerCase();
  if (!isUuid(buyerId)) throw new BadUserInputError('Indiquez l’acheteur (paramètre acheteur, son identifiant)', 'acheteur');
  const buyer = await ctx.em.findOne(Buyer, buyerId);
  if (!buyer) throw new NotFoundError('Aucun acheteur n’a cet identifiant');
  assertMayWriteCensus(ctx.viewer, buyer);
  const file = await openUpload(await readBody(req, UPLOAD_LIMIT));
  return { ctx, buyer, file, ...(await censusLinesOf(file.rows)) };
}

const preview = route(async (req, res) => {
  const { ctx, buyer, file, accepted, refused } = await readUpload(req);
  const thresholds = await ctx.loaders.euThresholds();
  res.json({
    file: { format: file.format, encoding: file.encoding, delimiter: file.delimiter },
    accepted: accepted.map(({ line, values }) => {
      const assessment = assessPurchase(values, buyer.kind, thresholds, 'line');
      return { line, ...values, procurementKind: assessment.procurementKind, hours: assessment.hours.hours, aboveEuThreshold: assessment.threshold.above };
    }),
    refused,
  });
});

/**
 * Records the accepted lines in one transaction. Each line's id is drawn from the buyer and the line
 * (`lineId`): the same file confirmed again records nothing new, and says so.
 */
const confirm = route(async (req, res) => {
  const { ctx, buyer, accepted, refused } = await readUpload(req);
  const result = await ctx.em.transactional(async (tx) => {
    const ids = accepted.map((line) => lineId(buyer.id, line));
    const existing = new Set((await tx.find(PlannedPurchase, { id: { $in: ids } }, { fields: ['id'] })).map((row) => row.id));
    let recorded = 0;
    accepted.forEach((line, index) => {
      if (existing.has(ids[index]!)) return;
      tx.create(PlannedPurchase, { ...line.values, id: ids[index]!, buyer: tx.getReference(Buyer, buyer.id), recordedBy: ctx.viewer.subject ?? ctx.viewer.role });
      recorded += 1;
    });
    return { recorded, alreadyRecorded: accepted.length - recorded };
  });
  res.json({
    ...result, refused,
    message: `${result.recorded} achat(s) recensé(s), ${result.alreadyRecorded} déjà enregistré(s) par un envoi précédent, ${refused.length} ligne(s) refusée(s).`,
  });
});

/** `;`-separated, UTF-8 with a byte-order mark: what French Excel opens as columns, accents intact. */
const template = route(async (req, res) => {
  contractsAccess.assertMayEver(fileContext<Loaders>(req).viewer, 'write', 'PlannedPurchase');
  const header = Object.values(CENSUS_COLUMNS).join(';');
  const example = 'Réhabilitation du groupe scolaire;45210000-2;1 200 000;01/10/2026;69266;0,5;0,05;30;clause;';
  res.set('content-disposition', 'attachment; filename="recensement-achats.csv"');
  res.type('text/csv; charset=utf-8').send(`\ufeff${header}\r\n${example}\r\n`);
});

/**
 * The census from a spreadsheet (issue 18), under `/files/recensement/…` — through the gateway at
 * `/files/contracts/recensement/…`:
 * - `GET modele.csv`: the template (its columns, one example line);
 * - `POST apercu?acheteur=<id>` (the file as the body): each line checked and assessed, nothing written;
 * - `POST confirmation?acheteur=<id>` (the same file): records the accepted lines, once per file.
 */
export function censusImportRoutes(): express.Router {
  return express.Router()
    .get('/recensement/modele.csv', template)
    .post('/recensement/apercu', preview)
    .post('/recensement/confirmation', confirm);
}

// /training/*: thin handlers over src/training/service.ts, which scopes every run to the calling
// account (a foreign or unknown id is 404 TRAINING_RUN_NOT_FOUND). Writes carry
// `x-account-write`, so the router has already refused an agent key before any of these runs.
import * as training from '../../training/service.js';
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const rid = (req: { path: { run_id: string } }) => req.path.run_id.toLowerCase();

export const registerTrainingRun: Handler<'registerTrainingRun'> = async (req, ctx) => {
  const { created, run } = await training.registerRun(ctx.services, accountOf(ctx), req.body);
  return created ? { status: 201, body: run } : { status: 200, body: run };
};

export const listTrainingRuns: Handler<'listTrainingRuns'> = async (req, ctx) => ({
  status: 200,
  body: await training.listRuns(ctx.services, accountOf(ctx), {
    status: req.query.status,
    limit: req.query.limit,
    offset: req.query.offset,
  }),
});

export const getTrainingRun: Handler<'getTrainingRun'> = async (req, ctx) => ({
  status: 200,
  body: await training.getRunDetail(ctx.services, accountOf(ctx), rid(req)),
});

export const reportTrainingEpisode: Handler<'reportTrainingEpisode'> = async (req, ctx) => ({
  status: 200,
  body: await training.reportEpisode(ctx.services, accountOf(ctx), rid(req), req.body),
});

export const completeTrainingRun: Handler<'completeTrainingRun'> = async (req, ctx) => ({
  status: 200,
  body: await training.completeRun(ctx.services, accountOf(ctx), rid(req)),
});

export const getTrainingLearningCurve: Handler<'getTrainingLearningCurve'> = async (req, ctx) => ({
  status: 200,
  body: await training.learningCurve(ctx.services, accountOf(ctx), rid(req), { metric: req.query.metric, window: req.query.window }),
});

export const compareTrainingRuns: Handler<'compareTrainingRuns'> = async (req, ctx) => ({
  status: 200,
  body: await training.compareRuns(ctx.services, accountOf(ctx), req.query.run_ids),
});

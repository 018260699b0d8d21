import 'server-only';
import { hostname } from 'node:os';
import type { Missing, TrainingJob } from '@/lib/analysis/evidence';
import type { ListProgress } from '@/lib/dto/jobs';
import type { Scope, StoredJobRef } from '@/lib/store/types';
import type { RequestContext } from './context';
import { triageJob } from './job-detail';
import { isProven, scopeOf, textDiagnosis } from './stored-diagnosis';
import { storedFailedJobs } from './stored-jobs';
import { WorkQueue } from './work-queue';

/**
 * The background work behind the failed-jobs list, per account and region: list (all failed jobs
 * the first time, then only those modified since the last listing), describe each failed job once,
 * and prove each one's cause once, newest first, within the AWS budget. Every result goes to the
 * store, which is what the list and the job page read; so a restart, or another replica, picks up
 * where this one stopped. Proving is claimed through the store so no two replicas prove one job.
 */

/** A refresh asks for jobs modified since the last one, minus this overlap for clocks and in-flight writes. */
const REFRESH_OVERLAP_MS = 5 * 60_000;
const DESCRIBE_RETRIES = 5;
const PROVE_LEASE_MS = 2 * 60_000;

export interface SyncSettings {
  /** A list request starts a refresh when the last one started longer ago than this. */
  refreshIntervalMs: number;
  /** How long a cold list request waits for the first listed rows before answering with what there is. */
  firstRowsWaitMs: number;
  /** A describe throttled past the SDK's retries is tried again after this, doubling each time (default 1 s). */
  describeRetryBaseMs?: number;
}

export interface SyncStatus {
  listing: ListProgress['listing'];
  truncatedReason?: string;
  /** The first listing failed outright (no page read): the list shows this error. */
  listingFailure?: Missing;
  /** Failed jobs whose description could not be read for a lasting reason (denied, gone). */
  describeFailures: ReadonlyMap<string, Missing>;
  /** Failed jobs whose proof could not be made, with why. */
  proveFailures: ReadonlyMap<string, string>;
}

export interface Syncs {
  /** Starts a refresh of ctx's account and region when one is due; a cold listing's first rows are awaited. */
  kick(ctx: RequestContext, options?: { force?: boolean }): Promise<SyncStatus>;
  /**
   * A failed job learnt of without a listing (a live event): stored now, so the list shows it at once,
   * then described and proven like a listed one. `settled` resolves when its proof is made (or cannot
   * be: described as not failed, denied, claimed by another replica).
   */
  record(ctx: RequestContext, ref: StoredJobRef): Promise<{ settled: Promise<void> }>;
  /** Resolves when listing, describing and proving of ctx's scope have all finished (tests, the benchmark). */
  idle(ctx: RequestContext): Promise<void>;
  stop(): Promise<void>;
}

export function createSyncs(settings: SyncSettings = { refreshIntervalMs: 30_000, firstRowsWaitMs: 3_000 }): Syncs {
  const syncs = new Map<string, ScopeSync>();
  const owner = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
  const syncOf = (ctx: RequestContext) => {
    const key = `${ctx.accountId}|${ctx.region}`;
    let sync = syncs.get(key);
    if (!sync) syncs.set(key, (sync = new ScopeSync(ctx, owner, settings)));
    return sync;
  };
  return {
    kick: (ctx, options) => syncOf(ctx).kick(ctx, options?.force ?? false),
    record: (ctx, ref) => syncOf(ctx).record(ctx, ref),
    idle: (ctx) => syncOf(ctx).idle(),
    async stop() {
      await Promise.all([...syncs.values()].map((s) => s.stop()));
      syncs.clear();
    },
  };
}

class ScopeSync {
  private ctx: RequestContext;
  private readonly scope: Scope;
  private refreshing: Promise<void> | undefined;
  private lastRefreshAt = Number.NEGATIVE_INFINITY;
  private firstRows: Promise<void> = Promise.resolve();
  private status: SyncStatus = { listing: 'complete', describeFailures: new Map(), proveFailures: new Map() };
  private readonly describeAttempts = new Map<string, number>();
  private readonly describer: WorkQueue;
  private readonly prover: WorkQueue;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Recorded jobs' waiters, told when the job's work is over (see `record`). */
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    ctx: RequestContext,
    private readonly owner: string,
    private readonly settings: SyncSettings,
  ) {
    this.ctx = ctx;
    this.scope = scopeOf(ctx);
    const log = (what: string) => (name: string, error: unknown) => console.error(`[sync ${this.scope.region}] ${what} ${name}:`, error);
    this.describer = new WorkQueue(ctx.settings.concurrency, (name) => this.describe(name), log('describe'));
    // Proofs spend most of their time waiting for their turn in the AWS budget (FilterLogEvents is
    // 5 calls a second): many in line keep every operation's budget busy; the client pool's cap on
    // calls in flight still bounds what reaches AWS at once.
    this.prover = new WorkQueue(ctx.settings.concurrency * 4, (name) => this.prove(name), log('prove'));
  }

  async kick(ctx: RequestContext, force: boolean): Promise<SyncStatus> {
    this.ctx = ctx;
    const now = ctx.settings.now();
    if (!this.refreshing && (force || now - this.lastRefreshAt >= this.settings.refreshIntervalMs)) {
      this.lastRefreshAt = now;
      let markFirstRows!: () => void;
      this.firstRows = new Promise<void>((resolve) => (markFirstRows = resolve));
      this.refreshing = this.refresh(markFirstRows)
        .catch((error: unknown) => console.error(`[sync ${this.scope.region}] refresh failed:`, error))
        .finally(() => {
          markFirstRows();
          this.refreshing = undefined;
        });
    }
    await Promise.race([this.firstRows, delay(this.settings.firstRowsWaitMs)]);
    return this.status;
  }

  async record(ctx: RequestContext, ref: StoredJobRef): Promise<{ settled: Promise<void> }> {
    this.ctx = ctx;
    await ctx.store.upsertJobRefs(this.scope, [ref]);
    const settled = new Promise<void>((resolve) => this.waiters.set(ref.name, [...(this.waiters.get(ref.name) ?? []), resolve]));
    this.describer.add([ref.name]);
    return { settled };
  }

  /** The job's work is over for now: whoever recorded it may read its diagnosis. */
  private settle(name: string): void {
    const waiting = this.waiters.get(name);
    this.waiters.delete(name);
    for (const resolve of waiting ?? []) resolve();
  }

  async idle(): Promise<void> {
    // Work feeds work (a listing page queues descriptions, a description queues a proof): wait until all is still.
    while (this.refreshing || this.describer.size > 0 || this.prover.size > 0 || this.timers.size > 0) {
      await (this.refreshing ?? Promise.resolve());
      await this.describer.drained();
      await this.prover.drained();
      if (this.timers.size > 0) await delay(50);
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([this.describer.stop(), this.prover.stop(), this.refreshing]);
    for (const name of [...this.waiters.keys()]) this.settle(name);
  }

  private async refresh(markFirstRows: () => void): Promise<void> {
    const { store, gateways, settings } = this.ctx;
    const watermark = await store.getWatermark(this.scope);
    const startedAt = new Date(settings.now()).toISOString();
    const cold = !watermark?.complete || !watermark.refreshedAt;
    // Only a cold store makes a request wait for rows: otherwise the store already has the list.
    if (cold) this.status = { ...this.status, listing: 'in-progress' };
    else markFirstRows();
    let newest = watermark?.newestCreatedAt;

    const listed = await gateways.listFailedJobs({
      maxPages: settings.listMaxPages,
      ...(cold ? {} : { lastModifiedAfter: new Date(Date.parse(watermark.refreshedAt as string) - REFRESH_OVERLAP_MS) }),
      onPage: async (refs) => {
        await store.upsertJobRefs(this.scope, refs.map((r) => ({ name: r.name, createdAt: r.createdAt, status: 'Failed' })));
        for (const r of refs) if (!newest || r.createdAt > newest) newest = r.createdAt;
        this.describer.add(refs.map((r) => r.name));
        markFirstRows();
      },
    });

    if (!listed.ok) {
      // A refresh that fails keeps what the store has; only a first listing that read nothing is an error to show.
      this.status = { ...this.status, ...(cold ? { listingFailure: listed.missing } : {}) };
      return;
    }
    const stoppedByError = listed.truncated && listed.pages < settings.listMaxPages;
    const { listingFailure: _cleared, ...rest } = this.status;
    this.status = { ...rest, listing: listed.truncated ? 'truncated' : 'complete', ...(listed.truncatedReason ? { truncatedReason: listed.truncatedReason } : {}) };
    // A listing cut short by an error is not complete: the next refresh lists everything again.
    await store.setWatermark(this.scope, { ...(newest ? { newestCreatedAt: newest } : {}), refreshedAt: startedAt, complete: !stoppedByError });
    await this.queueUnfinished();
  }

  /** After a restart, or a describe that gave up: every stored failed job not yet described or proven goes back in line. */
  private async queueUnfinished(): Promise<void> {
    const unfinished = (await storedFailedJobs(this.ctx.store, this.scope)).filter((row) => !row.description || !isProven(row.diagnosis));
    this.describer.add(unfinished.map((row) => row.ref.name).filter((name) => !this.status.describeFailures.has(name)));
  }

  private async describe(name: string): Promise<void> {
    const { store, gateways, settings } = this.ctx;
    // The cached gateway reads the store first: a job described before (by anyone) costs no call.
    const piece = await gateways.describeTrainingJob(name);
    if (!piece.ok) return this.describeFailed(name, piece.missing);
    this.describeAttempts.delete(name);
    (this.status.describeFailures as Map<string, Missing>).delete(name);
    const job: TrainingJob = piece.value;
    if (job.status !== 'Failed') return this.settle(name);
    const stored = await store.getDiagnosis(this.scope, name);
    if (!stored) await store.putDiagnosis(this.scope, name, textDiagnosis(job, settings.now()));
    if (!isProven(stored)) this.prover.add([name]);
    else this.settle(name);
  }

  private describeFailed(name: string, missing: Missing): void {
    const attempts = (this.describeAttempts.get(name) ?? 0) + 1;
    this.describeAttempts.set(name, attempts);
    const passing = missing.kind === 'throttled' || missing.kind === 'timeout' || missing.kind === 'error';
    if (passing && attempts < DESCRIBE_RETRIES) {
      // Throttled past the SDK's own retries: try again later, the row says "still being described" meanwhile.
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.describer.add([name]);
      }, (this.settings.describeRetryBaseMs ?? 1_000) * 2 ** attempts);
      this.timers.add(timer);
      return;
    }
    (this.status.describeFailures as Map<string, Missing>).set(name, missing);
    this.settle(name);
  }

  private async prove(name: string): Promise<void> {
    const { store, settings } = this.ctx;
    const claimed = await store.claimJobs(this.scope, [name], this.owner, PROVE_LEASE_MS, settings.now()).catch((error: unknown) => {
      this.settle(name);
      throw error;
    });
    // Another replica is proving it; its result lands in the store.
    if (!claimed.includes(name)) return this.settle(name);
    try {
      if (isProven(await store.getDiagnosis(this.scope, name))) return;
      const result = await triageJob(this.ctx, name, { fresh: false });
      const failures = this.status.proveFailures as Map<string, string>;
      if (result.ok) failures.delete(name);
      else failures.set(name, result.error.message);
    } finally {
      this.settle(name);
      await store.releaseJob(this.scope, name, this.owner);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
}

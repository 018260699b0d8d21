/**
 * The scenario as the services read it: TimeSpecs resolved to Dates against one "now", so every
 * handler sees the same clock and none of them parses offsets.
 */
import type { Scenario, ScenarioJob, ScenarioManagedPolicy, ScenarioRole } from './schema';
import { resolveTimeSpec } from './time-spec';

export interface ResolvedLogEvent {
  timestamp: number;
  ingestionTime: number;
  message: string;
}

export interface ResolvedLogStream {
  /** The full stream name, `<jobName>/<stream.name>`. */
  name: string;
  events: ResolvedLogEvent[];
}

export type ResolvedJob = Omit<
  ScenarioJob,
  'createdAt' | 'trainingStartTime' | 'trainingEndTime' | 'lastModifiedTime' | 'transitions' | 'logStreams'
> & {
  createdAt: Date;
  trainingStartTime?: Date;
  trainingEndTime?: Date;
  lastModifiedTime: Date;
  transitions: { status: string; start: Date; end?: Date; message: string }[];
  logStreams: ResolvedLogStream[];
};

export type ResolvedRole = Omit<ScenarioRole, 'createdAt'> & { createdAt: Date };

export interface PolicyVersion {
  versionId: string;
  document: ScenarioManagedPolicy['document'];
  createDate: Date;
}

/**
 * A managed policy with its versions. A scenario states only the default version; CreatePolicyVersion
 * adds more. `document` and `defaultVersionId` always describe the default one.
 */
export type ResolvedManagedPolicy = ScenarioManagedPolicy & {
  versions: PolicyVersion[];
  /** The highest version number ever issued (kept across resets, as AWS never reuses a version id). */
  lastIssuedVersion: number;
};

/** `v3` → 3; ids that are not `v<n>` count as 0. */
export function versionNumber(versionId: string): number {
  const match = /^v(\d+)$/.exec(versionId);
  return match ? Number(match[1]) : 0;
}

export type ResolvedScenario = Omit<Scenario, 'trainingJobs' | 'roles' | 'managedPolicies'> & {
  trainingJobs: ResolvedJob[];
  roles: ResolvedRole[];
  managedPolicies: ResolvedManagedPolicy[];
};

export function resolveScenario(scenario: Scenario, now: Date): ResolvedScenario {
  const at = (spec: string) => resolveTimeSpec(spec, now);
  const optional = (spec: string | undefined) => (spec === undefined ? undefined : at(spec));
  return {
    ...scenario,
    roles: scenario.roles.map((role) => ({ ...role, createdAt: at(role.createdAt) })),
    managedPolicies: scenario.managedPolicies.map((policy) => ({
      ...policy,
      versions: [{ versionId: policy.defaultVersionId, document: policy.document, createDate: new Date(now.getTime() - 500 * 86_400_000) }],
      lastIssuedVersion: versionNumber(policy.defaultVersionId),
    })),
    trainingJobs: scenario.trainingJobs.map((job) => {
      const transitions = job.transitions.map((t) => ({ ...t, start: at(t.start), end: optional(t.end) }));
      const createdAt = at(job.createdAt);
      const trainingEndTime = optional(job.trainingEndTime);
      const lastTransition = transitions.at(-1);
      return {
        ...job,
        createdAt,
        trainingStartTime: optional(job.trainingStartTime),
        trainingEndTime,
        // AWS always reports LastModifiedTime; fall back on the latest moment the job describes.
        lastModifiedTime:
          optional(job.lastModifiedTime) ?? trainingEndTime ?? lastTransition?.end ?? lastTransition?.start ?? createdAt,
        transitions,
        logStreams: job.logStreams.map((stream) => ({
          name: `${job.name}/${stream.name}`,
          events: stream.events
            .map((e) => {
              const timestamp = at(e.at).getTime();
              // Ingestion lags the event slightly, as CloudWatch's does.
              return { timestamp, ingestionTime: timestamp + 250, message: e.message };
            })
            .sort((a, b) => a.timestamp - b.timestamp),
        })),
      };
    }),
  };
}

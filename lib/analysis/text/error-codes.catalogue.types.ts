import type { Cause } from '../diagnosis';

export type CatalogueService = 's3' | 'kms' | 'ecr' | 'sts' | 'iam' | 'logs' | 'sagemaker' | 'ec2' | 'efs' | 'fsx' | 'service-quotas';

export interface CatalogueEntry {
  service: CatalogueService;
  code: string;
  /** An operation of the service that can return the code: botocore names it in its message. */
  operation: string;
  /** The HTTP status the service answers with (400 where the model gives none for a client error). */
  status: number;
  cause: Cause;
  /** The documentation's description of the code. */
  doc: string;
  /**
   * Only for a denial whose cause is the operation's (an S3 read or write): what the Java SDK's form,
   * which names no operation, should read instead.
   */
  withoutOperation?: Cause;
}

/** One row of a service's table: the entry without its service, in the order the tables read. */
export type CatalogueRow = [code: string, operation: string, status: number, cause: Cause, doc: string, withoutOperation?: Cause];

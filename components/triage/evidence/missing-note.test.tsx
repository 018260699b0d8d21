import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MissingNote } from './missing-note';

const text = (node: React.ReactNode) => renderToStaticMarkup(node).replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

describe('MissingNote', () => {
  it('does not put the dashboard\u2019s own words in AWS\u2019s mouth', () => {
    const said = text(<MissingNote what="the job's logs" missing={{ kind: 'not-found', action: 'logs:DescribeLogStreams', message: 'no log streams named j/… in log group /aws/sagemaker/TrainingJobs: the job may have failed before its container started' }} />);
    expect(said).not.toContain('AWS said');
    expect(said).toContain("Could not read the job's logs: not found. Details: no log streams named j/…");
  });

  it('names the permission to grant when the dashboard was denied', () => {
    expect(text(<MissingNote what="the bucket policy" missing={{ kind: 'access-denied', action: 's3:GetBucketPolicy', message: 'AccessDenied' }} />)).toContain('(grant the dashboard s3:GetBucketPolicy)');
  });
});

import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * How a fix reads: the compliant change first, saying to start the job again with which fields; the
 * exception last and labelled as the policy owner's call; who applies each; and the same change as
 * a CLI command, Terraform, or estimator arguments, each copied exactly as shown.
 */
test.describe('fixes on the job page', () => {
  test('a VPC-endpoint guardrail: start the job again in routed subnets first, the exception last', async ({ jobPage, jobDetail, page }, testInfo) => {
    const name = 'fraud-graph-gnn-nightly-30';
    const detail = await jobDetail('us-east-1', name);
    const fixes = detail.diagnosis?.fixes ?? [];
    const compliant = fixes[0];
    const exception = fixes[fixes.length - 1];
    expect(compliant?.target).toBe('job-config');
    expect(exception?.kind).toBe('exception');
    if (!compliant?.jobConfig || !exception) return;

    await jobPage.goto('us-east-1', name);
    // The diagnosis card's next step is the compliant change too, never the (verified) exemption.
    await expect(jobPage.nextStep()).toContainText(compliant.title);
    await expect(jobPage.nextStep()).not.toContainText('Exception');
    const card = jobPage.fixCard(compliant.id);
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-kind', 'compliant');
    await expect(card.getByTestId('job-config')).toContainText('Start the job again with:');
    await expect(card.getByTestId('job-config')).toContainText('VpcConfig.Subnets');
    await expect(card.getByTestId('fix-applied-by')).toHaveText('Applied by whoever starts the job');
    await expect(card.getByTestId('fix-cli')).toHaveText(compliant.cli);

    await card.getByRole('tab', { name: 'Estimator arguments' }).click();
    await expect(card.getByRole('tab', { name: 'Estimator arguments' })).toHaveAttribute('aria-selected', 'true');
    const args = Object.entries(compliant.jobConfig.estimatorArgs).map(([k, v]) => `${k}=${v},`).join('\n');
    await expect(card.getByTestId('fix-estimator')).toHaveText(args);
    await card.getByRole('button', { name: /Copy arguments/ }).click();
    await expect(card.getByRole('button', { name: /Copy arguments/ })).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(args);

    await card.getByRole('tab', { name: 'Terraform' }).click();
    await card.getByRole('button', { name: /Copy Terraform/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(compliant.terraform);

    // Moved into a VPC the role would be denied VPC mode's ec2 calls: their grant follows the change, each naming the other.
    const grant = fixes.find((f) => f.applyWith?.includes(compliant.id));
    expect(grant?.target).toBe('role-inline-policy');
    expect(compliant.applyWith).toContain(grant?.id);
    await expect(jobPage.fixCard(grant?.id ?? 'none')).toContainText('ec2:CreateNetworkInterface');
    await expect(card).toContainText('Grant those too: the fix that follows does');

    const last = jobPage.fixCard(exception.id);
    await expect(last).toHaveAttribute('data-kind', 'exception');
    await expect(last.getByTestId('fix-exception')).toContainText('the policy’s owner must approve');
    await last.getByRole('tab', { name: 'Terraform' }).click();
    await expect(last.getByTestId('fix-terraform')).toContainText('resource "aws_s3_bucket_policy"');
    // The two cards as a reader sees them (the whole page is long): kept with the report.
    for (const [label, locator] of [['compliant', card], ['exception', last]] as const) {
      const file = testInfo.outputPath(`fix-${label}-${name}.png`);
      await locator.screenshot({ path: file });
      await testInfo.attach(`fix-${label}`, { path: file, contentType: 'image/png' });
    }
  });

  test('a deny that names the role: no exemption is offered, only a role the deny does not cover', async ({ jobPage, jobDetail }) => {
    const name = 'pii-redaction-ner-contractor-2';
    const fixes = (await jobDetail('us-east-1', name)).diagnosis?.fixes ?? [];
    expect(fixes.some((f) => f.kind === 'exception')).toBe(false);
    await jobPage.goto('us-east-1', name);
    await expect(jobPage.page.getByTestId('fix-exception')).toHaveCount(0);
    const card = jobPage.fixCard(fixes[0]?.id ?? 'none');
    await expect(card.getByTestId('job-config')).toContainText('RoleArn');
    await expect(card.getByTestId('not-verified')).toBeVisible();
  });

  test("a key-policy fix names the key's administrators", async ({ jobPage, jobDetail }) => {
    const name = 'claims-fraud-xgb-encrypted-12';
    const fix = (await jobDetail('us-east-1', name)).diagnosis?.fixes.find((f) => f.target === 'key-policy');
    expect(fix).toBeDefined();
    await jobPage.goto('us-east-1', name);
    await expect(jobPage.fixCard(fix?.id ?? 'none').getByTestId('fix-applied-by')).toContainText('role/security-kms-admin');
  });
});

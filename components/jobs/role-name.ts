/** `arn:aws:iam::1:role/service-role/ml-train` -> `ml-train`: what a person calls the role. */
export function roleName(roleArn: string | undefined): string {
  if (!roleArn) return '';
  return roleArn.slice(roleArn.lastIndexOf('/') + 1);
}

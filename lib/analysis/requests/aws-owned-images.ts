import type { EcrImage } from '../arns';

/*
 * SageMaker's developer guide ("Docker Registry Paths and Example Code"): pre-built images are pulled
 * "using service-owned credentials ... Because customer credentials aren't used, any AWS IAM policies
 * ... that deny Amazon ECR permissions" do not block them. So the role is not asked for ECR access
 * on those images, and checking it would only invent failures. We recognise them by the Deep
 * Learning Containers registry accounts and the built-in algorithm repository names.
 */
const DLC_ACCOUNTS = new Set(['763104351884', '727897471807']);

const BUILT_IN_REPOSITORIES = new Set([
  'xgboost',
  'linear-learner',
  'kmeans',
  'pca',
  'factorization-machines',
  'ntm',
  'lda',
  'blazingtext',
  'image-classification',
  'object-detection',
  'semantic-segmentation',
  'seq2seq',
  'forecasting-deepar',
  'randomcutforest',
  'ipinsights',
  'knn',
  'object2vec',
]);

export function isAwsOwnedImage(image: EcrImage, jobAccountId: string): boolean {
  if (image.accountId === jobAccountId) return false;
  if (DLC_ACCOUNTS.has(image.accountId)) return true;
  return image.repository.startsWith('sagemaker-') || BUILT_IN_REPOSITORIES.has(image.repository);
}

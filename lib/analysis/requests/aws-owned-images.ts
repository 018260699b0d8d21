import type { EcrImage } from '../arns';

/*
 * SageMaker's developer guide ("Docker Registry Paths and Example Code"): pre-built images are pulled
 * "using service-owned credentials ... Because customer credentials aren't used, any AWS IAM policies
 * ... that deny Amazon ECR permissions" do not block them. So the role is not asked for ECR access
 * on those images, and checking it would only invent failures. We recognise them by the Deep
 * Learning Containers registry accounts and the built-in algorithm repository names.
 */
// One registry account per region or group of regions, as the SageMaker Python SDK's image_uri_config lists them
// (pytorch.json and its siblings): the common one, China's, the opt-in regions' own, GovCloud's and the ISO regions'.
const DLC_ACCOUNTS = new Set([
  '763104351884', // most commercial regions
  '727897471807', // cn-north-1, cn-northwest-1
  '626614931356', // af-south-1
  '871362719292', // ap-east-1
  '364406365360', // ap-northeast-3
  '772153158452', // ap-south-2
  '907027046896', // ap-southeast-3
  '457447274322', // ap-southeast-4
  '550225433462', // ap-southeast-5
  '633930458069', // ap-southeast-6
  '590183813437', // ap-southeast-7
  '204538143572', // ca-west-1
  '380420809688', // eu-central-2
  '692866216735', // eu-south-1
  '503227376785', // eu-south-2
  '780543022126', // il-central-1
  '914824155844', // me-central-1
  '217643126080', // me-south-1
  '637423239942', // mx-central-1
  '446045086412', // us-gov-east-1
  '442386744353', // us-gov-west-1
  '886529160074', // us-iso-east-1
  '094389454867', // us-isob-east-1
]);

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

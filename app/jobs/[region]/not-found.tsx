// A job link whose region segment is refused says the same as one whose job SageMaker does not know.
export { default } from './[jobName]/not-found';

/**
 * The services the emulator speaks, keyed by the SigV4 signing name. Adding one is a module that
 * exports a ServiceDef and a line here.
 */
import type { ServiceDef } from '../types';
import { sagemakerService } from './sagemaker';

export const SERVICES: Record<string, ServiceDef> = {
  [sagemakerService.signingName]: sagemakerService,
};

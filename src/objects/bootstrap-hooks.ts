/**
 * Steps other modules add to heap creation (src/objects/bootstrap.ts), so
 * that bootstrap.ts does not need to know every type. Each object module
 * registers its steps when imported.
 */
import type { Ref } from '../heap/layout.js';

type Step = () => void;

const layoutSteps: Step[] = [];
const afterTypesSteps: Step[] = [];

export const bootstrapHooks = {
  /** Make True or False (the bool module sets this). */
  newBool: (_value: boolean): Ref => {
    throw new Error('bool objects are not registered (import src/objects/int.ts)');
  },
  /** Set instance layouts (TP_BASIC, TP_DICTIX) of built-in types. */
  layouts(): void {
    for (const s of layoutSteps) s();
  },
  /** Everything else: descriptors in type dicts, module functions, constants. */
  afterTypes(): void {
    for (const s of afterTypesSteps) s();
  },
};

export function onLayouts(step: Step): void {
  layoutSteps.push(step);
}
export function onAfterTypes(step: Step): void {
  afterTypesSteps.push(step);
}
export function setNewBool(f: (value: boolean) => Ref): void {
  bootstrapHooks.newBool = f;
}

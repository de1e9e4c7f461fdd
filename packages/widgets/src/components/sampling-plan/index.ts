export type { SamplingPlanProps } from './sampling-plan';
export { SamplingPlan } from './sampling-plan';
export { samplingPlanCss } from './styles';

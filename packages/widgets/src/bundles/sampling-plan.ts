// IIFE entry: <rectify-sampling-plan> alone, React included.
import { samplingPlanElement } from '../elements/sampling-plan-element';
import { installBundle } from './install-bundle';

installBundle({ samplingPlanElement }, [samplingPlanElement]);

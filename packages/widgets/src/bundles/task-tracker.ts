// IIFE entry: <rectify-task-tracker> alone, React included.
import { taskTrackerElement } from '../elements/task-tracker-element';
import { installBundle } from './install-bundle';

installBundle({ taskTrackerElement }, [taskTrackerElement]);

// IIFE entry: <rectify-indicator-dashboard> alone, React included.
import { indicatorDashboardElement } from '../elements/indicator-dashboard-element';
import { installBundle } from './install-bundle';

installBundle({ indicatorDashboardElement }, [indicatorDashboardElement]);

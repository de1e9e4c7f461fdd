// IIFE entry: <rectify-findings-list> alone, React included.
import { findingsListElement } from '../elements/findings-list-element';
import { installBundle } from './install-bundle';

installBundle({ findingsListElement }, [findingsListElement]);

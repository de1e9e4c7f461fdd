// IIFE entry: <rectify-project-compliance> alone, React included.
import { projectComplianceElement } from '../elements/project-compliance-element';
import { installBundle } from './install-bundle';

installBundle({ projectComplianceElement }, [projectComplianceElement]);

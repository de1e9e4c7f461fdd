// IIFE entry: <rectify-disclosure-board> alone, React included.
import { disclosureBoardElement } from '../elements/disclosure-board-element';
import { installBundle } from './install-bundle';

installBundle({ disclosureBoardElement }, [disclosureBoardElement]);

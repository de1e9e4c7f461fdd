// IIFE entry: <rectify-wage-rights-board> alone, React included.
import { wageRightsBoardElement } from '../elements/wage-rights-board-element';
import { installBundle } from './install-bundle';

installBundle({ wageRightsBoardElement }, [wageRightsBoardElement]);

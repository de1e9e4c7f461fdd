// IIFE entry: <rectify-income-statement> alone, React included.
import { incomeStatementElement } from '../elements/income-statement-element';
import { installBundle } from './install-bundle';

installBundle({ incomeStatementElement }, [incomeStatementElement]);

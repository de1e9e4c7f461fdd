export { findClause } from '@rectify/rules';

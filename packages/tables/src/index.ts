// @rectify/tables — spreadsheets in and out of the Rectify Kit schemas.

export * from './cells/index';
export * from './read/index';
export * from './write/index';

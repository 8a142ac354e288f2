/**
 * PWS (Pemantauan Wilayah Setempat): the month's SKDN, nutrition counts and rates, alerts and Pusling
 * per posyandu and RW. Pure; see README.md in this folder for how S, K, D and N are read.
 */
export { monthBounds, monthsEnding, parseMonth, shiftMonth, type MonthBounds, type MonthKey } from './month.js';
export { childMonth, childMonths, type ChildMonth, type PwsChild, type PwsVisit } from './child-month.js';
export { percent, pwsTable, PWS_TARGETS, type PwsAlert, type PwsTargets, type PwsArea, type PwsFigures, type PwsInput, type PwsPuslingRequest, type PwsRow, type PwsRowKey, type PwsTable } from './pws-table.js';
export { ilpTable, vitaminARound, type IlpChild, type IlpFigures, type IlpInput, type IlpRow, type IlpScreening, type IlpTable } from './ilp-figures.js';

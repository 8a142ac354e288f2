import { describe, expect, it } from 'vitest';
import { parseTime, parseTimeRange } from '../../../src/engine/answers/index.js';

describe('parseTime reads', () => {
  it.each([
    ['08.00', '08:00'],
    ['8.00', '08:00'],
    ['8:00', '08:00'],
    ['08:00', '08:00'],
    ['8', '08:00'],
    ['jam 8', '08:00'],
    ['Jam 8 pagi', '08:00'],
    ['jam 8an', '08:00'],
    ['jam 8 ya', '08:00'],
    ['pukul 08.00 WIB', '08:00'],
    ['pkl 8.30', '08:30'],
    ['0800', '08:00'],
    ['13.30', '13:30'],
    ['13:30 wita', '13:30'],
    ['8 pagi', '08:00'],
    ['1 siang', '13:00'],
    ['jam 1 siang', '13:00'],
    ['10 siang', '10:00'],
    ['12 siang', '12:00'],
    ['3 sore', '15:00'],
    ['jam 4.30 sore', '16:30'],
    ['7 malam', '19:00'],
    ['jam 2 malam', '02:00'],
    ['12 malam', '00:00'],
    ['setengah 9', '08:30'],
    ['jam setengah sembilan pagi', '08:30'],
    ['jam delapan', '08:00'],
    ['jam sebelas siang', '11:00'],
    ['8 am', '08:00'],
    ['8am', '08:00'],
    ['8 pm', '20:00'],
    ['8.30pm', '20:30'],
    ['12 pm', '12:00'],
    ['12 am', '00:00'],
    ['8 in the morning', '08:00'],
    ['tabuh 9 isuk', '09:00'],
    ['jam 8 isuk', '08:00'],
    ['jam 2 beurang', '14:00'],
    ['jam 7 peuting', '19:00'],
    ['8.', '08:00'],
    ['24.00', '00:00'],
  ])('%j → %s', (text, expected) => {
    expect(parseTime(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseTime refuses', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'not_a_time'],
    ['25.00', 'not_a_time'],
    ['8.75', 'not_a_time'],
    ['8 kg', 'not_a_time'],
    ['jam', 'not_a_time'],
    ['08.00-11.00', 'not_a_time'],
  ])('%j → %s', (text, reason) => {
    expect(parseTime(text)).toEqual(reason === 'empty' ? { ok: false, reason } : { ok: false, reason, params: { example: '08.00' } });
  });
});

describe('parseTimeRange reads', () => {
  it.each([
    ['08.00-11.00', '08:00', '11:00'],
    ['08.00 - 11.00', '08:00', '11:00'],
    ['08:00–11:00', '08:00', '11:00'],
    ['08.00 s/d 11.00', '08:00', '11:00'],
    ['08.00 s.d. 11.00', '08:00', '11:00'],
    ['8 sd 11', '08:00', '11:00'],
    ['jam 8 sampai 11', '08:00', '11:00'],
    ['jam 8 sampai dengan jam 11', '08:00', '11:00'],
    ['dari jam 8 sampai jam 11 WIB', '08:00', '11:00'],
    ['jam 8 pagi sd jam 12 siang', '08:00', '12:00'],
    ['8 - 11 pagi', '08:00', '11:00'],
    ['1-3 siang', '13:00', '15:00'],
    ['jam 1 siang sampai 3', '13:00', '15:00'],
    ['jam 10 pagi sampai 1', '10:00', '13:00'],
    ['jam 10 sampai 2', '10:00', '14:00'],
    ['8 to 11 am', '08:00', '11:00'],
    ['9am-12pm', '09:00', '12:00'],
    ['tabuh 8 nepi ka 11', '08:00', '11:00'],
    ['jam 8 dugi ka jam 11', '08:00', '11:00'],
    ['08.30-11.15', '08:30', '11:15'],
  ])('%j → %s–%s', (text, start, end) => {
    expect(parseTimeRange(text)).toEqual({ ok: true, value: { start, end } });
  });
});

describe('parseTimeRange refuses', () => {
  it.each([
    ['', 'empty'],
    ['jam 8', 'not_a_time_range'],
    ['11.00-08.00', 'not_a_time_range'],
    ['08.00-08.00', 'not_a_time_range'],
    ['pagi sampai siang', 'not_a_time_range'],
    ['08.00-25.00', 'not_a_time_range'],
  ])('%j → %s', (text, reason) => {
    expect(parseTimeRange(text)).toMatchObject({ ok: false, reason });
  });
});

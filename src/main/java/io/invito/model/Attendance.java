package io.invito.model;

/** How people attend an event: schema.org's eventAttendanceMode, in words invito prints. */
public enum Attendance {
  ONLINE,
  OFFLINE,
  MIXED,
  UNKNOWN
}

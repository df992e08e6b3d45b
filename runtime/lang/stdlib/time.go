// Package time: virtual time from the kernel. Durations are Go code; clocks, timers and
// sleeping are native.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64    { return float64(d) / 1e9 }
func (d Duration) Minutes() float64    { return float64(d) / 6e10 }
func (d Duration) Hours() float64      { return float64(d) / 3.6e12 }

func (d Duration) Abs() Duration {
	if d < 0 {
		return -d
	}
	return d
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// A Time is an instant of the run's virtual clock, in nanoseconds since the Unix epoch.
type Time struct {
	ns int64
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func Now() Time
func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec} }
func UnixMilli(msec int64) Time       { return Time{msec * 1e6} }
func Since(t Time) Duration           { return Now().Sub(t) }
func Until(t Time) Duration           { return t.Sub(Now()) }
func (t Time) Sub(u Time) Duration    { return Duration(t.ns - u.ns) }
func (t Time) Add(d Duration) Time    { return Time{t.ns + int64(d)} }
func (t Time) After(u Time) bool      { return t.ns > u.ns }
func (t Time) Before(u Time) bool     { return t.ns < u.ns }
func (t Time) Equal(u Time) bool      { return t.ns == u.ns }
func (t Time) Compare(u Time) int {
	if t.ns < u.ns {
		return -1
	}
	if t.ns > u.ns {
		return 1
	}
	return 0
}
func (t Time) IsZero() bool             { return t.ns == 0 }
func (t Time) Unix() int64              { return t.ns / 1e9 }
func (t Time) UnixMilli() int64         { return t.ns / 1e6 }
func (t Time) UnixMicro() int64         { return t.ns / 1e3 }
func (t Time) UnixNano() int64          { return t.ns }
func (t Time) Nanosecond() int          { return int(t.ns % 1e9) }
func (t Time) Second() int              { return int(t.ns / 1e9 % 60) }
func (t Time) Minute() int              { return int(t.ns / 6e10 % 60) }
func (t Time) Hour() int                { return int(t.ns / 3.6e12 % 24) }
func (t Time) Round(d Duration) Time    { return Time{int64(Duration(t.ns).Round(d))} }
func (t Time) Truncate(d Duration) Time { return Time{int64(Duration(t.ns).Truncate(d))} }
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Format(layout string) string
func (t Time) String() string

func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time

// A Timer sends the time on C once, after its duration (or calls its function).
type Timer struct {
	C    <-chan Time
	impl uintptr
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

// A Ticker sends the time on C every period.
type Ticker struct {
	C    <-chan Time
	impl uintptr
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)

func ParseDuration(s string) (Duration, error)

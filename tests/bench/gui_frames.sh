#!/usr/bin/env bash
# GUI frame times under Xvfb (Mesa llvmpipe): a program with N goroutines passing values around
# a ring of 200 channels, played at full speed by `chanscope --bench-frames`. Reports the
# median and 95th percentile frame time for 10, 100 and 1,000 goroutines; asserts nothing.
# Usage: gui_frames.sh PATH/TO/chanscope [FRAMES]
set -euo pipefail

binary=$(realpath "$1")
frames=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

program() {  # program GOROUTINES > FILE
  cat <<GO
package main

const goroutines = $1
const channels = 200

// Each worker takes a value from its channel and passes it on to the next one round the ring.
func worker(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
}

func main() {
	ring := make([]chan int, channels)
	for i := range ring {
		ring[i] = make(chan int, 1)
	}
	// The ring is as long as there are goroutines to close it (at most all the channels).
	used := min(goroutines, channels)
	for i := 0; i < goroutines; i++ {
		go worker(ring[i%used], ring[(i+1)%used])
	}
	// Half the ring's slots hold a value, so some send can always go ahead.
	for i := 0; i < used; i += 2 {
		ring[i] <- i
	}
	select {}
}
GO
}

# The GUI stops a run at 5M events by default (Playback); these runs must play in every frame
# measured, so the limit is lifted, and the summary line must say the run is still going.
for n in 10 100 1000; do
  program "$n" > "$work/ring_$n.go"
  output=$(xvfb-run -a -s "-screen 0 1600x900x24" \
             "$binary" "$work/ring_$n.go" --size 1600x900 --bench-frames "$frames" --max-steps 1000000000)
  case "$(sed -n 2p <<< "$output")" in
    *state=running*) ;;
    *) echo "gui_frames.sh: the run ended before the last frame: $(sed -n 2p <<< "$output")" >&2; exit 1 ;;
  esac
  echo "goroutines=$n channels=200 $(head -1 <<< "$output") $(sed -n 2p <<< "$output" | grep -o 'events=[0-9]*')"
done

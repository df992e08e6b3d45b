#!/usr/bin/env bash
# Prints a Go program with N goroutines in sender/receiver pairs over N/5 channels (capacities 0,
# 1 and 2) that never stop, so every frame has values moving and goroutines blocking and waking.
# Usage: gen_goroutines.sh N
set -euo pipefail
n=${1:?usage: gen_goroutines.sh N}
channels=$(( n / 5 > 0 ? n / 5 : 1 ))
cat <<GO
package main

func sender(c chan int, id int) {
	for i := 0; ; i++ {
		c <- id*1000 + i
	}
}

func receiver(c chan int) {
	sum := 0
	for {
		sum += <-c
	}
}

func main() {
	chans := make([]chan int, $channels)
	for i := range chans {
		chans[i] = make(chan int, i%3)
	}
	for g := 0; g < $n/2; g++ {
		go sender(chans[g%$channels], g)
		go receiver(chans[g%$channels])
	}
	select {}
}
GO

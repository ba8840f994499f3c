# wait_until SECONDS COMMAND [ARGUMENT...]: runs the command until it
# succeeds, or fails once SECONDS have passed. Sourced by the shell scripts
# of the suite (test-session.sh, checks.sh). A shell script has no signal to
# wait for, so it polls, briefly and with a deadline.
wait_until() {
    local seconds=$1
    shift
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.05
    done
}

"""What several test modules share (as qutebrowser's tests/helpers): no test module imports another."""

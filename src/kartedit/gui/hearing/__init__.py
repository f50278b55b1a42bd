"""GUI for the coordinator's hearing: the hearing window, rounds, response import, comment
threads, decisions and the hearing controller."""

console.log("bench: not yet — the performance benchmark comes with the performance issue.");

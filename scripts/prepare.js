console.log('prepare placeholder')

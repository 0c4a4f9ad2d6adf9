const {build}=require('./make.js');
(async()=>{for(const f of ['./spec-d.js','./spec-e.js']) for(const s of require(f)) await build(s.spec,s.out);})();

import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { ALL_FIXTURES } from '../test-support/all-fixtures';

const FIXTURES = ALL_FIXTURES;

// What a job's log prints around its failure on every run, in the formats its tools print it: the SageMaker
// Python SDK's status lines as fit() streams them (and its tail after the failure), the training toolkit's
// INFO lines and pip's output, the toolkit's environment dump, TensorFlow's start-up warnings (CPU features,
// the CUDA runtime it does not find on a CPU instance, a large allocation), NCCL's INFO lines (its optional
// network plugin not found), transformers' start-up warnings and progress, torch.distributed's rendezvous
// warnings; the SDK's own start (its INFO and deprecation lines), XGBoost's container (its INFO line that
// an objective is not JSON), smdebug's and DeepSpeed's start-up lines, pip installing requirements (with
// its resolver's ERROR line about conflicts), Spark's WARN lines, DDP's warnings and Open MPI's job map; an
// NVIDIA container's banner, TGI's and TorchServe's start (its JVM's "… is not supported" warning), wandb,
// accelerate's defaults, the Neuron compiler, PyTorch Lightning's summary and scikit-learn's warnings; bash's
// start in a container without a terminal, TensorFlow's E-level "Unable to register cuDNN factory" lines,
// the tokenizers' fork warning, bitsandbytes' banner, torch elastic's WARNING lines, SageMaker Studio's
// start (a role it could not look up) and the Hub's download warnings and progress.
// None of it says why a job failed.
const LOG_NOISE: Record<string, string> = {
  fitTail: `2023-10-16 12:10:01 Uploading - Uploading generated training model
2023-10-16 12:10:12 Failed - Training job failed
ProfilerReport-1697457750: Stopping`,
  fitStatus: `2023-10-16 12:02:30 Starting - Starting the training job...
2023-10-16 12:02:55 Starting - Preparing the instances for training...
2023-10-16 12:03:40 Downloading - Downloading input data...
2023-10-16 12:04:10 Downloading - Downloading the training image...
2023-10-16 12:06:40 Training - Training image download completed. Training in progress.`,
  toolkit: `2023-10-16 12:06:41,320 sagemaker-training-toolkit INFO     Imported framework sagemaker_pytorch_container.training
2023-10-16 12:06:41,344 sagemaker-training-toolkit INFO     No GPUs detected (normal if no gpus installed)
2023-10-16 12:06:41,355 sagemaker_pytorch_container.training INFO     Block until all host DNS lookups succeed.
2023-10-16 12:06:41,362 sagemaker_pytorch_container.training INFO     Invoking user training script.
2023-10-16 12:06:41,701 sagemaker-training-toolkit INFO     Installing dependencies from requirements.txt:
/opt/conda/bin/python3.8 -m pip install -r requirements.txt
Requirement already satisfied: transformers==4.26.0 in /opt/conda/lib/python3.8/site-packages (from -r requirements.txt (line 1)) (4.26.0)
WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv
2023-10-16 12:06:45,101 sagemaker-training-toolkit INFO     Waiting for the process to finish and give a return code.
2023-10-16 12:06:45,102 sagemaker-training-toolkit INFO     Done waiting for a return code. Received 0 from exiting process.
2023-10-16 12:06:45,133 sagemaker-training-toolkit INFO     Invoking user script`,
  trainingEnv: `Training Env:
{
    "additional_framework_parameters": {},
    "channel_input_dirs": {"train": "/opt/ml/input/data/train", "test": "/opt/ml/input/data/test"},
    "current_host": "algo-1",
    "framework_module": "sagemaker_pytorch_container.training:main",
    "hosts": ["algo-1"],
    "hyperparameters": {"epochs": 3, "model_name": "distilbert-base-uncased", "output_dir": "/opt/ml/checkpoints"},
    "input_config_dir": "/opt/ml/input/config",
    "input_data_config": {"train": {"TrainingInputMode": "File", "S3DistributionType": "FullyReplicated", "RecordWrapperType": "None"}},
    "input_dir": "/opt/ml/input",
    "is_master": true,
    "job_name": "huggingface-pytorch-training-2023-10-16-12-02-30-123",
    "log_level": 20,
    "model_dir": "/opt/ml/model",
    "module_dir": "s3://sagemaker-us-east-1-111122223333/huggingface-pytorch-training-2023-10-16-12-02-30-123/source/sourcedir.tar.gz",
    "network_interface_name": "eth0",
    "num_cpus": 8, "num_gpus": 1,
    "output_data_dir": "/opt/ml/output/data",
    "output_dir": "/opt/ml/output",
    "output_intermediate_dir": "/opt/ml/output/intermediate",
    "resource_config": {"current_host": "algo-1", "hosts": ["algo-1"], "network_interface_name": "eth0"},
    "user_entry_point": "train.py"
}
Environment variables:
SM_HOSTS=["algo-1"]
SM_NETWORK_INTERFACE_NAME=eth0
SM_HPS={"epochs":3,"model_name":"distilbert-base-uncased"}
SM_CHANNEL_TRAIN=/opt/ml/input/data/train
SM_OUTPUT_DATA_DIR=/opt/ml/output/data
Invoking script with the following command:
/opt/conda/bin/python3.8 train.py --epochs 3 --model_name distilbert-base-uncased`,
  tfWarnings: `2023-10-16 12:06:50.123456: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX2 AVX512F FMA
To enable them in other operations, rebuild TensorFlow with the appropriate compiler flags.
2023-10-16 12:06:51.000001: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory
2023-10-16 12:06:51.000002: I tensorflow/stream_executor/cuda/cudart_stub.cc:29] Ignore above cudart dlerror if you do not have a GPU set up on your machine.
2023-10-16 12:06:52.000003: W tensorflow/core/framework/cpu_allocator_impl.cc:82] Allocation of 1207959552 exceeds 10% of free system memory.`,
  ncclInfo: `algo-1:52:52 [0] NCCL INFO Bootstrap : Using eth0:10.0.104.15<0>
algo-1:52:52 [0] NCCL INFO NET/Plugin : Plugin load (libnccl-net.so) returned 2 : libnccl-net.so: cannot open shared object file: No such file or directory
algo-1:52:52 [0] NCCL INFO NET/Plugin : No plugin found, using internal implementation
algo-1:52:52 [0] NCCL INFO cudaDriverVersion 12020
NCCL version 2.18.3+cuda12.1
algo-1:52:120 [0] NCCL INFO NET/OFI Using aws-ofi-nccl 1.7.1-aws
algo-1:52:120 [0] NCCL INFO Using network AWS Libfabric`,
  hfWarnings: `Some weights of the model checkpoint at bert-base-uncased were not used when initializing BertForSequenceClassification: ['cls.predictions.bias']
- This IS expected if you are initializing BertForSequenceClassification from the checkpoint of a model trained on another task or with another architecture.
Some weights of BertForSequenceClassification were not initialized from the model checkpoint at bert-base-uncased and are newly initialized: ['classifier.weight', 'classifier.bias']
You should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference.
/opt/conda/lib/python3.8/site-packages/transformers/optimization.py:306: FutureWarning: This implementation of AdamW is deprecated and will be removed in a future version. Use the PyTorch implementation torch.optim.AdamW instead, or set \`no_deprecation_warning=True\` to disable this warning
Downloading (…)lve/main/config.json: 100%|██████████| 570/570 [00:00<00:00, 85.2kB/s]
Downloading model.safetensors: 100%|██████████| 440M/440M [00:02<00:00, 190MB/s]
***** Running training *****
  Num examples = 25000
  Num Epochs = 3
  Instantaneous batch size per device = 32
{'loss': 0.3105, 'learning_rate': 4.5e-05, 'epoch': 0.64}`,
  torchWarnings: `/opt/conda/lib/python3.8/site-packages/torch/utils/data/dataloader.py:554: UserWarning: This DataLoader will create 8 worker processes in total. Our suggested max number of worker in current system is 4, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.
[W socket.cpp:601] [c10d] The client socket has failed to connect to [localhost]:29500 (errno: 99 - Cannot assign requested address).
WARNING:torch.distributed.run:
*****************************************
Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed.
*****************************************`,

  sdkStart: `INFO:sagemaker.image_uris:image_uri is not presented, retrieving image_uri based on instance_type, framework etc.
WARNING:sagemaker.deprecations:train_instance_type has been renamed in sagemaker>=2.
See: https://sagemaker.readthedocs.io/en/stable/v2.html for details.
INFO:sagemaker:Creating training-job with name: pytorch-training-2023-10-16-12-02-30-123
sagemaker.config INFO - Not applying SDK defaults from location: /etc/xdg/sagemaker/config.yaml
sagemaker.config INFO - Not applying SDK defaults from location: /root/.config/sagemaker/config.yaml`,
  xgboost: `[2023-10-16:12:06:50:INFO] Imported framework sagemaker_xgboost_container.training
[2023-10-16:12:06:50:INFO] Failed to parse hyperparameter objective value reg:squarederror to Json.
Returning the value itself
[2023-10-16:12:06:50:INFO] No GPUs detected (normal if no gpus installed)
[2023-10-16:12:06:50:INFO] Running XGBoost Sagemaker in algorithm mode
[2023-10-16:12:06:50:INFO] Determined 0 GPU(s) available on the instance.
[2023-10-16:12:06:50:INFO] Determined delimiter of CSV input is ','
[12:06:51] WARNING: ../src/learner.cc:627: Parameters: { "num_round" } might not be used.
[0]#011train-rmse:0.42158#011validation-rmse:0.43012`,
  smdebug: `[2023-10-16 12:06:51.123 algo-1:52 INFO utils.py:27] RULE_JOB_STOP_SIGNAL_FILENAME: None
[2023-10-16 12:06:51.456 algo-1:52 INFO profiler_config_parser.py:111] User has disabled profiler.
[2023-10-16 12:06:51.789 algo-1:52 INFO json_config.py:92] Creating hook from json_config at /opt/ml/input/config/debughookconfig.json.
[2023-10-16 12:06:51.790 algo-1:52 INFO hook.py:207] tensorboard_dir has not been set for the hook. SMDebug will not be exporting tensorboard summaries.
[2023-10-16 12:06:51.791 algo-1:52 INFO hook.py:259] Saving to /opt/ml/output/tensors`,
  deepspeed: `[2023-10-16 12:07:01,234] [INFO] [real_accelerator.py:110:get_accelerator] Setting ds_accelerator to cuda (auto detect)
 [WARNING]  async_io requires the dev libaio .so object and headers but these were not found.
 [WARNING]  async_io: please install the libaio-dev package with apt
 [WARNING]  If libaio is already installed (perhaps from source), try setting the CFLAGS and LDFLAGS environment variables to where it can be found.
 [WARNING]  Please specify the CUTLASS repo directory as environment variable $CUTLASS_PATH
[2023-10-16 12:07:03,001] [INFO] [comm.py:637:init_distributed] cdb=None
[2023-10-16 12:07:03,002] [INFO] [comm.py:668:init_distributed] Initializing TorchBackend in DeepSpeed with backend nccl`,
  pipInstall: `Collecting datasets==2.14.5
  Downloading datasets-2.14.5-py3-none-any.whl (519 kB)
     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 519.6/519.6 kB 41.6 MB/s eta 0:00:00
Requirement already satisfied: numpy>=1.17 in /opt/conda/lib/python3.10/site-packages (from datasets==2.14.5) (1.24.4)
Installing collected packages: xxhash, multiprocess, datasets
  Attempting uninstall: fsspec
    Found existing installation: fsspec 2023.9.0
    Uninstalling fsspec-2023.9.0:
      Successfully uninstalled fsspec-2023.9.0
ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.
s3fs 2023.9.0 requires fsspec==2023.9.0, but you have fsspec 2023.6.0 which is incompatible.
Successfully installed datasets-2.14.5 fsspec-2023.6.0 multiprocess-0.70.15 xxhash-3.4.1
WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager.
[notice] A new release of pip is available: 23.2.1 -> 23.3
[notice] To update, run: pip install --upgrade pip`,
  spark: `23/10/16 12:06:55 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable
Using Spark's default log4j profile: org/apache/spark/log4j-defaults.properties
Setting default log level to "WARN".
To adjust logging level use sc.setLogLevel(newLevel). For SparkR, use setLogLevel(newLevel).
23/10/16 12:06:57 WARN Utils: Service 'SparkUI' could not bind on port 4040. Attempting port 4041.
23/10/16 12:06:58 WARN MetricsConfig: Cannot locate configuration: tried hadoop-metrics2-s3a-file-system.properties,hadoop-metrics2.properties
23/10/16 12:07:00 WARN Client: Neither spark.yarn.jars nor spark.yarn.archive is set, falling back to uploading libraries under SPARK_HOME.`,
  ddpWarnings: `/opt/conda/lib/python3.10/site-packages/torch/_utils.py:776: UserWarning: TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class.
  return self.fget.__get__(instance, owner)()
[W reducer.cpp:1300] Warning: find_unused_parameters=True was specified in DDP constructor, but did not find any unused parameters in the forward pass. This flag results in an extra traversal of the autograd graph every iteration, which can adversely affect performance. (function operator())
/opt/conda/lib/python3.10/site-packages/torch/optim/lr_scheduler.py:139: UserWarning: Detected call of \`lr_scheduler.step()\` before \`optimizer.step()\`.
  warnings.warn("Detected call of \`lr_scheduler.step()\` before \`optimizer.step()\`. "
NCCL WARN NET/Socket : message truncated : receiving 1048576 bytes instead of 4`,
  mpi: `Warning: Permanently added 'algo-2,10.0.107.112' (ECDSA) to the list of known hosts.
Data for JOB [50177,1] offset 0 Total slots allocated 16
 ========================   JOB MAP   ========================
 Data for node: algo-1	Num slots: 8	Max slots: 0	Num procs: 8
 	Process OMPI jobid: [50177,1] App: 0 Process rank: 0 Bound: N/A
 =============================================================
[1,0]<stdout>:Running smdistributed.dataparallel v1.8.0
[1,0]<stderr>:2023-10-16 12:07:10,001 - WARNING - smdistributed.dataparallel: SMDDP is supported only on p3dn.24xlarge, p4d.24xlarge`,

  nvidiaBanner: `==========
== CUDA ==
==========

CUDA Version 12.1.1

Container image Copyright (c) 2016-2023, NVIDIA CORPORATION & AFFILIATES. All rights reserved.

This container image and its contents are governed by the NVIDIA Deep Learning Container License.
By pulling and using the container, you accept the terms and conditions of this license:
https://developer.nvidia.com/ngc/nvidia-deep-learning-container-license

A copy of this license is made available in this container at /NGC-DL-CONTAINER-LICENSE for your convenience.

WARNING: The NVIDIA Driver was not detected.  GPU functionality will not be available.
   Use the NVIDIA Container Toolkit to start this container with GPU support; see
   https://docs.nvidia.com/datacenter/cloud-native/ .`,
  tgiStart: `2023-10-16T12:07:01.123456Z  INFO text_generation_launcher: Args { model_id: "/opt/ml/model", revision: None, validation_workers: 2, sharded: None, num_shard: Some(1), quantize: None, max_input_length: 1024, max_total_tokens: 2048, hostname: "container-0.local", port: 8080 }
2023-10-16T12:07:01.123789Z  INFO download: text_generation_launcher: Starting download process.
2023-10-16T12:07:05.000001Z  WARN text_generation_launcher: No safetensors weights found for model /opt/ml/model at revision None. Converting PyTorch weights to safetensors.
2023-10-16T12:07:30.000002Z  INFO download: text_generation_launcher: Successfully downloaded weights.
2023-10-16T12:07:30.000003Z  INFO shard-manager: text_generation_launcher: Starting shard rank=0`,
  torchserveStart: `WARNING: sun.reflect.Reflection.getCallerClass is not supported. This will impact performance.
2023-10-16T12:07:01,234 [INFO ] main org.pytorch.serve.servingsdk.impl.PluginsManager - Initializing plugins manager...
2023-10-16T12:07:01,456 [INFO ] main org.pytorch.serve.ModelServer -
Torchserve version: 0.8.2
TS Home: /opt/conda/lib/python3.10/site-packages
Number of GPUs: 0
Max heap size: 3884 M
Model Store: /.sagemaker/ts/models
Initial Models: model=/opt/ml/model
Default workers per model: 4
Blacklist Regex: N/A
Maximum Response Size: 6553500
Maximum Request Size: 6553500
2023-10-16T12:07:02,789 [WARN ] W-9000-model_1.0-stderr MODEL_LOG - /opt/conda/lib/python3.10/site-packages/transformers/utils/generic.py:441: UserWarning: torch.utils._pytree._register_pytree_node is deprecated.
2023-10-16T12:07:03,001 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - Torch worker started.`,
  wandb: `wandb: Currently logged in as: team-ml. Use \`wandb login --relogin\` to force relogin
wandb: WARNING Path /opt/ml/output/wandb/ wasn't writable, using system temp directory.
wandb: Tracking run with wandb version 0.15.12
wandb: Run data is saved locally in /tmp/wandb/run-20231016_120710-abc123
wandb: ⭐️ View project at https://wandb.ai/team-ml/bert
wandb: 🚀 View run at https://wandb.ai/team-ml/bert/runs/abc123`,
  accelerate: `The following values were not passed to \`accelerate launch\` and had defaults used instead:
	\`--num_processes\` was set to a value of \`1\`
	\`--num_machines\` was set to a value of \`1\`
	\`--mixed_precision\` was set to a value of \`'no'\`
	\`--dynamo_backend\` was set to a value of \`'no'\`
To avoid this warning pass in values for each of the problematic parameters or run \`accelerate config\`.
Detected kernel version 4.14.326, which is below the recommended minimum of 5.5.0; this can cause the process to hang. It is recommended to upgrade the kernel to the minimum version or higher.`,
  neuron: `2023-10-16 12:07:11.000123:  52  INFO ||NEURON_CC_WRAPPER||: Call compiler with cmd: neuronx-cc compile --target=trn1 --framework=XLA /tmp/model.hlo_module.pb --output /var/tmp/neuron-compile-cache/MODULE_1/model.neff
.....
Compiler status PASS
2023-10-16 12:07:41.000456:  52  INFO ||NEURON_CACHE||: Current remaining items are 0, locked are 0, failed are 0, done are 1, total is 1`,
  lightning: `GPU available: True (cuda), used: True
TPU available: False, using: 0 TPU cores
IPU available: False, using: 0 IPUs
HPU available: False, using: 0 HPUs
LOCAL_RANK: 0 - CUDA_VISIBLE_DEVICES: [0]

  | Name  | Type             | Params
-------------------------------------------
0 | model | BertModel        | 109 M
-------------------------------------------
Epoch 0:  12%|█▏        | 120/1000 [00:41<05:02,  2.91it/s, loss=0.693, v_num=0]`,
  sklearnWarnings: `/miniconda3/lib/python3.8/site-packages/sklearn/utils/validation.py:993: DataConversionWarning: A column-vector y was passed when a 1d array was expected. Please change the shape of y to (n_samples, ), for example using ravel().
  y = column_or_1d(y, warn=True)
/miniconda3/lib/python3.8/site-packages/sklearn/linear_model/_logistic.py:458: ConvergenceWarning: lbfgs failed to converge (status=1):
STOP: TOTAL NO. of ITERATIONS REACHED LIMIT.

Increase the number of iterations (max_iter) or scale the data as shown in:
    https://scikit-learn.org/stable/modules/preprocessing.html
  n_iter_i = _check_optimize_result(`,

  bashStart: `bash: cannot set terminal process group (-1): Inappropriate ioctl for device
bash: no job control in this shell`,
  tfRegister: `2023-10-16 12:06:50.100001: E tensorflow/compiler/xla/stream_executor/cuda/cuda_dnn.cc:9342] Unable to register cuDNN factory: Attempting to register factory for plugin cuDNN when one has already been registered
2023-10-16 12:06:50.100002: E tensorflow/compiler/xla/stream_executor/cuda/cuda_fft.cc:609] Unable to register cuFFT factory: Attempting to register factory for plugin cuFFT when one has already been registered
2023-10-16 12:06:50.100003: E tensorflow/compiler/xla/stream_executor/cuda/cuda_blas.cc:1518] Unable to register cuBLAS factory: Attempting to register factory for plugin cuBLAS when one has already been registered
2023-10-16 12:06:51.200004: W tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning: Could not find TensorRT`,
  tokenizers: `huggingface/tokenizers: The current process just got forked, after parallelism has already been used. Disabling parallelism to avoid deadlocks...
To disable this warning, you can either:
	- Avoid using \`tokenizers\` before the fork if possible
	- Explicitly set the environment variable TOKENIZERS_PARALLELISM=(true | false)
A parameter name that contains \`beta\` will be renamed internally to \`bias\`. Please use a different name to suppress this warning.`,
  bitsandbytes: `===================================BUG REPORT===================================
Welcome to bitsandbytes. For bug reports, please run

python -m bitsandbytes

 and submit this information together with your error trace to: https://github.com/TimDettmers/bitsandbytes/issues
================================================================================
bin /opt/conda/lib/python3.10/site-packages/bitsandbytes/libbitsandbytes_cuda118.so
CUDA_SETUP: WARNING! libcudart.so not found in any environmental path. Searching in backup paths...
CUDA SETUP: CUDA runtime path found: /usr/local/cuda/lib64/libcudart.so
CUDA SETUP: Highest compute capability among GPUs detected: 8.0
CUDA SETUP: Detected CUDA version 118
CUDA SETUP: Loading binary /opt/conda/lib/python3.10/site-packages/bitsandbytes/libbitsandbytes_cuda118.so...`,
  elasticRedirects: `[2023-10-16 12:07:00,000] torch.distributed.run: [WARNING] master_addr is only used for static rdzv_backend and when rdzv_endpoint is not specified.
[2023-10-16 12:07:00,001] torch.distributed.elastic.multiprocessing.redirects: [WARNING] NOTE: Redirects are currently not supported in Windows or MacOs.
NCCL WARN Could not find real path of /sys/class/net/eth0/device`,
  smStudio: `sagemaker.config INFO - Fetched defaults config from location: /home/sagemaker-user/.config/sagemaker/config.yaml
/opt/conda/lib/python3.10/site-packages/pydantic/_internal/_fields.py:128: UserWarning: Field "model_server_url" has conflict with protected namespace "model_".

You may be able to resolve this warning by setting \`model_config['protected_namespaces'] = ()\`.
  warnings.warn(
Couldn't call 'get_role' to get Role ARN from role name sagemaker-user to get Role path.`,
  hfHub: `/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py:1132: FutureWarning: \`resume_download\` is deprecated and will be removed in version 1.0.0. Downloads always resume when possible. If you want to force a new download, use \`force_download=True\`.
  warnings.warn(
Loading checkpoint shards: 100%|██████████| 2/2 [00:04<00:00,  2.08s/it]
Special tokens have been added in the vocabulary, make sure the associated word embeddings are fine-tuned or trained.
Map: 100%|██████████| 1000/1000 [00:00<00:00, 5102.33 examples/s]`,
  // Printed after the failure: the SDK's billing lines, a notebook server's log, a console link to the logs.
  billable: `Training seconds: 245
Billable seconds: 245`,
  notebookLog: `[I 12:10:13.001 NotebookApp] Saving file at /train.ipynb
[W 12:10:14.001 NotebookApp] Notebook train.ipynb is not trusted`,
  cloudwatchLink: `For more details, see the CloudWatch logs at https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logStream:group=/aws/sagemaker/TrainingJobs;prefix=pytorch-training-2023-10-16-12-02-30-123;streamFilter=typeLogStreamPrefix`,
};

// What a log prints after the failure; everything else is printed before it.
const AFTER_THE_FAILURE = new Set(['fitTail', 'billable', 'notebookLog', 'cloudwatchLink']);

const WAIT_STATUSES = new Set(['dlc6299-pending-waiting-for-capacity']);
const causeOf = (text: string) => classifyText({ failureReason: text }).cause;

describe('a failure pasted with the log around it reads as the failure alone', () => {
  it.each(Object.keys(LOG_NOISE))('over every fixture, with %s', (name) => {
    const noise = LOG_NOISE[name] ?? '';
    const changed = FIXTURES.flatMap((f) => {
      // A status that the job waited for capacity is no failure once a later status says the job ran (an upload
      // after it): the rule that reads it says so, and the pasted tail contradicts the fixture.
      if (name === 'fitTail' && WAIT_STATUSES.has(f.id)) return [];
      const text = AFTER_THE_FAILURE.has(name) ? `${f.text}\n${noise}` : `${noise}\n${f.text}`;
      const [alone, pasted] = [causeOf(f.text), causeOf(text)];
      return alone === pasted ? [] : [`${f.id}: ${alone} -> ${pasted}`];
    });
    expect(changed).toEqual([]);
  });

  // As `fit()` prints it: the job's log, then the traceback of the call ending in the SDK's exception that
  // quotes the FailureReason. The unwrapper reads the reason first and keeps the log after a boundary the
  // line windows do not cross.
  const JOB = 'pytorch-training-2023-10-16-12-02-30-123';
  const fitTraceback = (reason: string) =>
    [
      'Traceback (most recent call last):',
      '  File "launch.py", line 68, in <module>',
      '    estimator.fit(inputs)',
      '  File "/opt/conda/lib/python3.10/site-packages/sagemaker/estimator.py", line 2109, in _check_job_status',
      '    actual_status=status,',
      `sagemaker.exceptions.UnexpectedStatusException: Error for Training job ${JOB}: Failed. Reason: ${reason}`,
    ].join('\n');
  it.each(Object.keys(LOG_NOISE).filter((name) => !AFTER_THE_FAILURE.has(name)))('over every fixture quoted by the SDK after %s', (name) => {
    const noise = LOG_NOISE[name] ?? '';
    const changed = FIXTURES.flatMap((f) => {
      const [alone, pasted] = [causeOf(f.text), causeOf(`${noise}\n${fitTraceback(f.text)}`)];
      return alone === pasted ? [] : [`${f.id}: ${alone} -> ${pasted}`];
    });
    expect(changed).toEqual([]);
  });

  it.each(Object.keys(LOG_NOISE))('%s alone says nothing', (name) => {
    expect(causeOf(LOG_NOISE[name] ?? '')).toBe('unknown');
  });
});

describe('a reading asks the lines near its match, not the whole log', () => {
  it("a connection to the loopback interface is skipped, and a real one after it still read", () => {
    const warning = '[W socket.cpp:601] [c10d] The client socket has failed to connect to [localhost]:29500 (errno: 99 - Cannot assign requested address).';
    expect(causeOf(`${warning}\nValueError: bad`)).toBe('user-code');
    expect(causeOf(`${warning}\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/b?list-type=2"`)).toBe('vpc');
  });

  it("a read timeout's host is the one on its lines, not a URL elsewhere in the log", () => {
    expect(causeOf(`${LOG_NOISE.toolkit}\nReadTimeoutError:Read timeout on endpoint...`)).toBe('unknown');
  });

  it("a Rust panic's own host stops the reading, a host elsewhere in the log does not", () => {
    const panic = "thread 'tokio-runtime-worker' panicked at router/src/infer.rs:598:14";
    expect(causeOf(`${LOG_NOISE.toolkit}\n${panic}`)).toBe('user-code');
    expect(causeOf(`${panic}:\ncalled \`Result::unwrap()\` on an \`Err\` value: reqwest::Error { url: "https://huggingface.co/api/models/x" }`)).toBe('unknown');
  });

  it('a value that is not a number is read by its own traceback, not the hyperparameters the log printed', () => {
    expect(causeOf(`${LOG_NOISE.trainingEnv}\nCould not convert string to float.`)).toBe('data');
    expect(causeOf('File "train.py", line 12, in <module>\n    lr = float(args.hyperparameters["lr"])\nValueError: could not convert string to float: \'1e-3x\'')).not.toBe('data');
  });

  it("an S3 call's verb is read from the call's own lines, not from prose above it", () => {
    const denied = 'S3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)';
    expect(causeOf(`Couldn't call 'get_role' to get Role ARN from role name sagemaker-user to get Role path.\n${denied}`)).toBe('other-permission');
    expect(causeOf(`Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n    s3.get_object(Bucket=b, Key=k)\n${denied}`)).toBe('s3-read');
    expect(causeOf(`Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n    s3.upload_file(f, b, k)\n${denied}`)).toBe('s3-write');
  });

  it("an AWS code printed bare after a long log is still read", () => {
    expect(causeOf(`${LOG_NOISE.trainingEnv}\nRequestLimitExceeded: Request limit exceeded.`)).toBe('throttling');
  });
});
